class Tracing:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)
t = Tracing()
print(t.a)
print(getattr(t, "b", "default"))
t.b
