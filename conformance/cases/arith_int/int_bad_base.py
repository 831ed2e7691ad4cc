print(int("10", 2))
int("10", 1)
