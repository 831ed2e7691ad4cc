# corral: limit fuel=10000
# corral: expect-limit fuel
print("start")
while True:
    pass
