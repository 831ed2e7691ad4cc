d = {None: None}
print(d, [None, None], (None,), {None}, d.get(None), d.get("x"), None in d)
print(sorted([3, None, 1], key=lambda v: (v is None, v or 0)))
print(sorted([3, None, 1]))
