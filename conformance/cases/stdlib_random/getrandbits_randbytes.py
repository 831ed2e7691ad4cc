import random
random.seed(1)
print([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 64, 65)])
print(random.getrandbits(1000).bit_length() <= 1000)
print(random.randbytes(0), random.randbytes(5), random.randbytes(17))
print(random.random())
