import pprint
print(pprint.pformat("word " * 30, width=40))
print(pprint.pformat([("k%d" % i, "v" * i) for i in range(8)], width=30))
print(pprint.pformat({(1, 2): "x", 3: [None, 1.5, 2j]}, width=10))
print(pprint.pformat({"b": 1, 1: 2, None: 3}))
