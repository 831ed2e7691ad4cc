# corral: limit memory=20000000
# hostile: expect limit=memory
# A memory limit stop is not a catchable MemoryError.
hoard = []
while True:
    try:
        hoard.append("y" * 1000000)
    except MemoryError:
        pass
