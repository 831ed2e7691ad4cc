from contextlib import nullcontext, closing
with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)
class Thing:
    def close(self):
        print("closed")
with closing(Thing()) as th:
    print(type(th).__name__)
try:
    with closing(Thing()):
        raise KeyError("x")
except KeyError:
    print("closed before propagating")
