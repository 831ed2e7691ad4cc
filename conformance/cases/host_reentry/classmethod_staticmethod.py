# corral: external counter
class Config:
    @staticmethod
    def static():
        return counter() * 100
    @classmethod
    def named(cls):
        return cls.__name__ + str(counter())
print(Config.static(), Config.named())
