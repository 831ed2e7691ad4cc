import pprint
data = {"name": "corral", "version": [3, 11, 0], "features": {"limits": ["fuel", "time", "memory"], "hosts": {"echo": True, "clock": None}}, "numbers": list(range(30)), "text": "lorem ipsum dolor sit amet " * 5, "t": (1,), "e": ()}
pprint.pprint(data)
