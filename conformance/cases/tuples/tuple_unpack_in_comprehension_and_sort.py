pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs), [b for a, b in sorted(pairs, key=lambda p: p[1], reverse=True)], dict(pairs))
print(tuple(sorted(set(p[0] for p in pairs))), max(pairs)[1], pairs.count((1, "a")))
