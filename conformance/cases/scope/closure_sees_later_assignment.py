def outer():
    def show():
        return late_bound_text
    late_bound_text = "assigned after def"
    return show()
print(outer())
def outer2():
    def show():
        return late_bound_text
    r = show()
    late_bound_text = 1
    return r
outer2()
