# corral: limit time_ms=500
# hostile: expect limit=time
x = 10**10**8
