class Secret:
    def __init__(self):
        self.__hidden = 42
        self._protected = 1
    def reveal(self):
        return self.__hidden
s = Secret()
print(s.reveal(), s._Secret__hidden, s._protected)
print(s.__hidden)
