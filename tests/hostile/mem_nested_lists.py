# corral: limit memory=20000000
# hostile: expect limit=memory
x = []
while True:
    x = [x, x, [x] * 100]
