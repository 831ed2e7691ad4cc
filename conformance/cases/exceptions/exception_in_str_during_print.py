class Bad:
    def __str__(self):
        raise RuntimeError("str failed")
print("before")
print(Bad())
