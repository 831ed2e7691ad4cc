print(().__class__.__base__)
print(().__class__.__base__.__subclasses__())
