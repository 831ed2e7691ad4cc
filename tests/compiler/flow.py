def f(xs):
    for x in xs:
        try:
            if x:
                break
            continue
        except ValueError as e:
            return e
        finally:
            print("fin")
    else:
        pass
    with open(a) as fa, open(b):
        return 1
    a, *b, c = xs
    d[1:2] += 3
    o.at -= 1
    return a < b < c
