import hashlib
print(hashlib.blake2b(b'abc').hexdigest())
print(hashlib.blake2s(b'abc').hexdigest())
print(hashlib.blake2b(b'abc', digest_size=20, key=b'secret', salt=b'salt', person=b'me').hexdigest())
print(hashlib.blake2s(b'x' * 200, digest_size=16, key=b'k' * 32).hexdigest())
h = hashlib.new('blake2b', b'tree', fanout=2, depth=3, leaf_size=4096, node_offset=1, node_depth=1, inner_size=64, last_node=True)
print(h.name, h.digest_size, h.block_size, h.hexdigest()[:32])
for n in (0, 63, 64, 65, 127, 128, 129, 256):
    a = hashlib.blake2b(digest_size=16)
    a.update(b'y' * n)
    c = a.copy()
    c.update(b'z')
    print(n, a.hexdigest(), c.hexdigest()[:8], hashlib.blake2s(b'y' * n).hexdigest()[:16])
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
