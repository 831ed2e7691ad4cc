# corral: limit memory=20000000
# hostile: expect limit=memory
s = f"{1:>1000000000}"
