# corral: limit time_ms=500
# hostile: expect limit=time
data = list(range(10**6, 0, -1))
while True:
    data.sort(key=lambda v: -v)
    data.sort(key=lambda v: v)
