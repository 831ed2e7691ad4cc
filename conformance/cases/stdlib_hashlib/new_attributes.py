import hashlib
for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'SHA256', 'Md5'):
    h = hashlib.new(name, b'data')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:20])
print(sorted(n for n in hashlib.algorithms_guaranteed if not n.startswith(('sha3', 'shake', 'blake')))[:6])
print(hashlib.sha256(usedforsecurity=False).hexdigest()[:16], hashlib.new('md5', data=b'x').hexdigest())
