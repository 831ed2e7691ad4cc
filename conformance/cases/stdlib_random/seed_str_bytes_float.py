import random
for s in ('hello', '', 'Ünïcode', b'hello', bytearray(b'\x00\xff'), 3.75, -0.5, 1e300):
    random.seed(s)
    print(repr(s), random.random(), random.randrange(1000))
random.seed('abc', version=1)
print(random.random())
random.seed(b'abc', version=1)
print(random.random())
