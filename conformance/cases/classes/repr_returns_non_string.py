class Bad:
    def __repr__(self):
        return 42
print("about to repr")
repr(Bad())
