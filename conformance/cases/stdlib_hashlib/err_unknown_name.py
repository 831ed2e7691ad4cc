import hashlib
for name in ('md4x', 'sha', 'nope'):
    try:
        print(hashlib.new(name))
    except ValueError as e:
        print(type(e).__name__, e)
