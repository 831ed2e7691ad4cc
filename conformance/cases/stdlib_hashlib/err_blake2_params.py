import hashlib
tests = [
    lambda: hashlib.blake2b(digest_size=0),
    lambda: hashlib.blake2s(digest_size=33),
    lambda: hashlib.blake2b(key=b'k' * 65),
    lambda: hashlib.blake2s(salt=b's' * 9),
    lambda: hashlib.blake2b(person=b'p' * 17),
    lambda: hashlib.blake2b(key='text'),
    lambda: hashlib.blake2b(b'x', colour=1),
    lambda: hashlib.blake2b(fanout=256),
    lambda: hashlib.blake2b(depth=0),
    lambda: hashlib.blake2s('text'),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
