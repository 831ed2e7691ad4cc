# corral: limit time_ms=500
# hostile: expect limit=time
# long loops inside natives, no bytecode in between
while True:
    sum(range(10**12))
