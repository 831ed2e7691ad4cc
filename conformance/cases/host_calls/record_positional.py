# corral: external record
print(record())
print(record(1))
print(record(1, "two", 3.0, None))
print(record([1, 2], (3,)))
