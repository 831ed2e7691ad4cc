print((1), (1,), type((1)).__name__, type((1,)).__name__, tuple([1]), len(((),)))
print(((1, 2), (3,)) [0], tuple(x for x in "ab"))
