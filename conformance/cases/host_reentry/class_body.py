# corral: external counter
class Config:
    first = counter()
    second = counter()
print(Config.first, Config.second)
