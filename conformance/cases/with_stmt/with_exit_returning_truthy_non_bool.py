class Weird:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "yes"
with Weird():
    raise KeyError("suppressed by truthy string")
print("suppressed")
class Zero:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 0
with Zero():
    raise KeyError("not suppressed")
