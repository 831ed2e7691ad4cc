class CM:
    def __enter__(self):
        print("enter")
        return "resource"
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type)
with CM() as r:
    print("using", r)
print("after")
