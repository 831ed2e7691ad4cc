class Catch:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.caught = et
        return True
def f():
    with Catch() as c:
        raise ValueError("hidden")
    return f"after with, caught {c.caught.__name__}"
print(f())
def g():
    with Catch():
        return "returned inside"
    return "not reached"
print(g())
