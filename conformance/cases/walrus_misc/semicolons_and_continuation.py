a = 1; b = 2; c = a + \
    b
print(a, b, c)
total = (1 +
         2 +
         3)
print(total)
