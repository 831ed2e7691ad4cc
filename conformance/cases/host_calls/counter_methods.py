# corral: external counter
class Config:
    def method(self):
        return counter()
    def twice(self):
        return [self.method(), self.method()]
c = Config()
print(c.method(), c.twice(), Config.method(c))
bound = c.method
print(bound())
