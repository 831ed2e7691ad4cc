for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
        continue
    if n > 10:
        print("stopping at", n)
        break
