import hashlib
h = hashlib.sha256()
tests = [
    lambda: h.update(),
    lambda: h.update(b'a', b'b'),
    lambda: h.update(3.5),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print(h.hexdigest())
