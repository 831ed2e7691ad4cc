def outer():
    def inner():
        def innermost():
            return [][0]
        return innermost()
    return inner()
class K:
    def method(self):
        return outer()
K().method()
