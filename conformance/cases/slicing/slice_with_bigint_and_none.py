xs = list(range(10))
print(xs[None:None:None], xs[2 ** 70:], xs[-(2 ** 70):3], xs[:2 ** 64:2 ** 65], "abc"[1:None])
print(xs[::-(2 ** 70)])
