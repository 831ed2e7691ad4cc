def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(30))
print(fact(52))
print(len(str(fact(200))), str(fact(100))[:20])
