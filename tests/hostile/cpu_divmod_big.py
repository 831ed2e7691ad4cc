# corral: limit time_ms=500
# hostile: expect limit=time
a = 10**200000 + 12345
b = 7**90000 + 1
while True:
    divmod(a, b)
