total = 10
def add(x):
    total += x
    return total
print("calling add")
add(5)
