count = 0
def dive():
    global count
    count += 1
    dive()
try:
    dive()
except RecursionError:
    print("recovered", count > 900, count < 1001)
count = 0
try:
    dive()
except RecursionError:
    print("again", count > 900)
