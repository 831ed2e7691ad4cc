from operator import methodcaller
print(methodcaller("lower")("ABC"))
methodcaller(42)
