class BadEnter:
    def __enter__(self):
        raise ValueError("cannot enter")
    def __exit__(self, *a):
        print("never called")
try:
    with BadEnter():
        print("never")
except ValueError as e:
    print("caught", e)
with BadEnter():
    pass
