class Logged:
    def __init__(self):
        self.__dict__["log"] = []
    def __setattr__(self, name, value):
        self.log.append(name)
        super().__setattr__(name, value)
o = Logged()
o.a = 1
o.b = 2
o.a = 3
print(o.log, o.a, o.b)
