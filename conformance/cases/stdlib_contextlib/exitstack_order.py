from contextlib import ExitStack, contextmanager
@contextmanager
def tag(name):
    print("enter", name)
    yield name
    print("exit", name)
with ExitStack() as stack:
    stack.callback(print, "cb1")
    print(stack.enter_context(tag("x")))
    stack.callback(print, "cb2", end="!\n")
    print("in stack")
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in "abc"]
    print(names)
