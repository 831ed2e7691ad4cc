# corral: limit time_ms=500
# hostile: expect limit=time
x = pow(3, 10**9)
