# corral: limit memory=20000000
# hostile: expect limit=memory
items = []
while True:
    items.append([len(items)] * 10)
