import hashlib
for name in ('sha224', 'sha256', 'sha384', 'sha512'):
    for data in [b'', b'abc', b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq']:
        print(name, getattr(hashlib, name)(data).hexdigest())
