items = [1, 2, 3]
d = {"k": "v"}
print(f"{len(items)} {items[-1]} {d['k']} {sum(x * x for x in items)} {'yes' if items else 'no'}")
print(f"{3.14159:.2f} {1e6:,.0f} {0.25:.1%} {1234567:,} {1234567:_}")
