import hashlib, random
seed = hashlib.sha512(b'corral').digest()
print(seed.hex()[:32])
r = random.Random(seed)
print([r.randrange(100) for _ in range(8)])
print(int.from_bytes(hashlib.md5(b'abc').digest(), 'big'))
