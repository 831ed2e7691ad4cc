# Arithmetic in a while loop with a manual counter.
total = 0
i = 0
while i < N:
    total = (total + i * 3 - (i >> 1)) % 1000003
    i += 1
print(total)
