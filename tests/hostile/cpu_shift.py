# corral: limit time_ms=500 memory=100000000
# hostile: expect limit=memory|limit=time
x = 2 << 10**10
