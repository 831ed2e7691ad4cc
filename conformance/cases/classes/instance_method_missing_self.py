class Broken:
    def method():
        return 1
print(Broken.method())
Broken().method()
