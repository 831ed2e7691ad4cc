words = ["apple", "bob", "kayak", "zebra", "bob"]
print({w: len(w) for w in words}, sorted({w[0] for w in words}))
print({w: w == w[::-1] for w in words if len(w) > 3})
print({i: {j: i * j for j in range(3)} for i in range(2)})
