rows = [("apple", 3, 0.5), ("kiwi", 12, 1.25), ("watermelon", 1, 3.0)]
print("{:<12}{:>5}{:>8}".format("name", "qty", "price"))
for name, qty, price in rows:
    print("{:<12}{:>5d}{:>8.2f}".format(name, qty, price))
print("{:=^25}".format(" total "), "{:>5d}".format(sum(r[1] for r in rows)))
