def outer():
    def show():
        return value
    value = "assigned after def"
    return show()
print(outer())
def outer2():
    def show():
        return value
    r = show()
    value = 1
    return r
outer2()
