def perms(xs):
    if len(xs) <= 1:
        return [xs]
    out = []
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            out.append(xs[i:i + 1] + p)
    return out
print(perms([1, 2, 3]), len(perms(list("abcde"))))
