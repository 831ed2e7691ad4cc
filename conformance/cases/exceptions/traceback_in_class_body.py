print("defining")
class Settings:
    name = "app"
    size = len(name) * 2
    ratio = size / 0
