# corral: limit memory=20000000
# hostile: expect limit=memory
s = "x"
while True:
    s = s + s
