words = ["a", "b", None]
print({w.upper() for w in words[:2]} == {"A", "B"})
print({w.upper() for w in words})
