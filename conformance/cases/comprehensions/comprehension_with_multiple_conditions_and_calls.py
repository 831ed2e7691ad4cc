def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print([n for n in range(50) if is_prime(n) if n % 10 == 3])
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in (6, 12, 13)})
print(sum(1 for n in range(1000) if is_prime(n)))
