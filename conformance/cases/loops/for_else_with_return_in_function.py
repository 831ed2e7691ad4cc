def find_first_negative(xs):
    for i, x in enumerate(xs):
        if x < 0:
            break
    else:
        return None
    return i
print(find_first_negative([1, 2, -3, -4]), find_first_negative([1]), find_first_negative([]))
