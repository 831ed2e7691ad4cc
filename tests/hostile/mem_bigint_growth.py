# corral: limit memory=20000000
# hostile: expect limit=memory
n = 3
while True:
    n = n * n
