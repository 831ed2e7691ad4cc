# corral: limit memory=20000000
# hostile: expect limit=memory
parts = [b"z" * 1000] * 1000
while True:
    parts = [b"".join(parts)] * 1000
