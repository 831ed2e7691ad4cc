# corral: external counter echo
class Managed:
    def __enter__(self):
        print("enter", counter())
        return echo("resource")
    def __exit__(self, exc_type, exc, tb):
        print("exit", counter(), exc_type.__name__ if exc_type else None)
        return True
with Managed() as r:
    print("inside", r, counter())
with Managed():
    raise KeyError("swallowed")
print("after", counter())
