print(int("7"))
int(None)
