parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
s = ""
for ch in "abc":
    s += ch.upper() + ch
print(s)
