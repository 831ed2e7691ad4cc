class Factory:
    def __init__(self, prefix):
        self.prefix = prefix
    def maker(self):
        count = 0
        def make(name):
            nonlocal count
            count += 1
            return f"{self.prefix}-{name}-{count}"
        return make
m = Factory("w").maker()
print(m("a"), m("b"), Factory("z").maker()("c"))
