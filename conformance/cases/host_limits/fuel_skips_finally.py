# corral: limit fuel=10000
# corral: expect-limit fuel
print("start")
try:
    while True:
        pass
finally:
    print("finally does not run after a limit stop")
