# corral: limit fuel=1000000
# hostile: expect limit=fuel
while True:
    pass
