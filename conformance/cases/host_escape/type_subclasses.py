print(type(int))
int.__subclasses__()
