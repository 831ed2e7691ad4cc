# corral: limit time_ms=300
# hostile: expect limit=time
while True:
    pass
