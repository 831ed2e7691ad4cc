# corral: limit memory=20000000 time_ms=2000
# hostile: expect limit=memory|limit=time
n = 3
while True:
    n = n * n
