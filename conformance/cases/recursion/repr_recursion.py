class Loop:
    def __repr__(self):
        return repr(self)
print("about to repr")
repr(Loop())
