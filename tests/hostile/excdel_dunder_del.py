# hostile: expect ok
class Boom:
    def __del__(self):
        raise RuntimeError("from __del__")
items = [Boom() for _ in range(1000)]
items.clear()
items = None
print("survived")
