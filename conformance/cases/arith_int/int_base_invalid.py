print(int("ff", 16))
print(int("ff", 10))
