# corral: limit memory=20000000
# hostile: expect limit=memory
d = {}
i = 0
while True:
    d[i] = str(i)
    i += 1
