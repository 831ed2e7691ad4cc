# hostile: expect error=AttributeError
for cls in ().__class__.__base__.__subclasses__():
    print(cls)
