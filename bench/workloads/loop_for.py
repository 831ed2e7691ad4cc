# Arithmetic in a for loop over range.
total = 0
for i in range(N):
    total = (total + i * 3 - (i >> 1)) % 1000003
print(total)
