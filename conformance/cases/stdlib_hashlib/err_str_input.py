import hashlib
tests = [
    lambda: hashlib.sha256('text'),
    lambda: hashlib.md5().update('text'),
    lambda: hashlib.new('sha1', 'text'),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
