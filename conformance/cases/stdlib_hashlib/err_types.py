import hashlib
tests = [
    lambda: hashlib.sha256(123),
    lambda: hashlib.md5().update(None),
    lambda: hashlib.sha1([1, 2]),
    lambda: hashlib.new(5),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
