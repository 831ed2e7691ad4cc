# corral: limit time_ms=100
# corral: expect-limit time
print("spinning")
i = 0
while True:
    i += 1
