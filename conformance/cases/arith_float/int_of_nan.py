print(int(-1.5))
int(float("nan"))
