# corral: limit memory=1000000
# corral: expect-limit memory
items = []
print("growing")
while True:
    items.append([len(items)])
