def demo():
    max = 3
    return max
print(demo(), max(1, 2))
print = print
print("still works")
