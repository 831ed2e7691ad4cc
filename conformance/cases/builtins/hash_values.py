print(hash(1), hash(-1), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2), hash(True), hash(10 ** 20))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(1.5), hash(-0.0), hash(None) == hash(None))
