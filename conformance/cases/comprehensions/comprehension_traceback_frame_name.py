data = {"a": 1, "b": 0}
print({k: 10 / v for k, v in data.items() if v})
print({k: 10 / v for k, v in data.items()})
