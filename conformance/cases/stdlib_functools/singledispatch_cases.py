from functools import singledispatch, singledispatchmethod
@singledispatch
def show(x):
    return "object " + repr(x)
@show.register
def _(x: int):
    return "int " + repr(x)
@show.register(list)
def _(x):
    return "list of " + str(len(x))
def show_str(x):
    return "str " + x
show.register(str, show_str)
print(show(1), show(True), show([1, 2]), show("s"), show(2.5), show.dispatch(bool).__name__, show.registry[str] is show_str)
class A: pass
class B(A): pass
@singledispatch
def kind(x):
    return "base"
@kind.register
def _(x: A):
    return "A"
print(kind(B()), kind(A()), kind(3), kind.__name__)
class N:
    @singledispatchmethod
    def neg(self, arg):
        return "nope"
    @neg.register
    def _(self, arg: int):
        return -arg
print(N().neg(3), N().neg("a"))
