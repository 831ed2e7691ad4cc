out = []
for a in range(3):
    for b in range(3):
        for c in range(3):
            if a + b + c == 4 and a <= b <= c:
                out.append((a, b, c))
print(out)
