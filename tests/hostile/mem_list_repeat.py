# corral: limit memory=20000000
# hostile: expect limit=memory
x = [0] * 10**12
