# corral: limit time_ms=500 memory=50000000
# hostile: expect limit=time|limit=memory
s = "ab" * 1000000
while True:
    s = s.replace("a", "aa")
