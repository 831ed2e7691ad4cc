d = {"key": "value", "n": 3}
print(f"{d['key']!r:>10}|{d['n']:03}|{'-' * d['n']}|{len(d)}")
print(f"{'a' if d else 'b'}{'c'}", f"{d!r}", f"{[x for x in range(d['n'])]}")
print(f"{3.0:g} {3.5:g} {1e-5:g} {123456789:g} {0.0001:.0e}")
