# corral: external counter
class Config:
    first = counter()
    second = counter()
    values = [first, second]
    def method(self):
        return counter()
print(Config.first, Config.second, Config.values)
print(Config().method())
