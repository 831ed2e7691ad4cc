class Weird:
    len = 5
    def size(self):
        return len([1, 2])
print(Weird().size(), Weird.len)
list = "shadowed"
print(list)
del list
print(list("ok"))
