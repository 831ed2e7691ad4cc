# corral: external record
print(record(a=1))
print(record(x="y", flag=True, n=None))
args, kwargs = record(1, 2, key="v")
print(args, kwargs, sorted(kwargs))
