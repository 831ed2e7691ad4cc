print(hash(float("inf")), hash(float("-inf")), hash(0.0), hash(1.5), hash(-1.5), hash(2 ** 0.5))
print(hash(1e308), hash(123456789.0), hash(-0.5))
