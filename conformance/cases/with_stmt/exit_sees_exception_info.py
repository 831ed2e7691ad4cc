class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et.__name__, str(ev), tb is not None)
        return isinstance(ev, ZeroDivisionError)
for divisor in [0, 1]:
    with Inspect():
        print(1 // divisor)
        raise ValueError("after division")
