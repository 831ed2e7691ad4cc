def check(v):
    print("checking", v)
    return v > 2
print(any(check(v) for v in [1, 3, 5]))
print(all(check(v) for v in [3, 1, 5]))
print(next((v for v in [1, 4, 6] if check(v)), None))
