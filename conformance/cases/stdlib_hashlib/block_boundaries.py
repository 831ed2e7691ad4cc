import hashlib
for name in ('md5', 'sha1', 'sha256', 'sha512'):
    for n in (55, 56, 63, 64, 65, 111, 112, 127, 128, 129):
        print(name, n, hashlib.new(name, b'x' * n).hexdigest()[:16])
