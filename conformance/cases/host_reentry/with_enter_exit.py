# corral: external counter
class Managed:
    def __enter__(self):
        return counter()
    def __exit__(self, *exc):
        print("exit", counter())
with Managed() as n:
    print("inside", n)
