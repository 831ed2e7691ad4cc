total = 0
n = 100
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
    total += n
print(steps, total)
