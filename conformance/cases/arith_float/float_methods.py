print((0.5).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer())
print((255.5).hex(), float.fromhex("0x1.8p1"))
print(int(1e10), int(-2.7), float(10**20))
