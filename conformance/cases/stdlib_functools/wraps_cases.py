from functools import wraps, update_wrapper
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        "inner doc"
        return f(*a, **k)
    return inner
@deco
def hello(name: str) -> str:
    "Say hi."
    return "hi " + name
print(hello.__name__, hello.__doc__, hello.__qualname__, hello.__module__, hello.__wrapped__.__name__, hello.__annotations__, hello("x"))
def target():
    pass
target.attr = 42
def wrapper():
    return 1
update_wrapper(wrapper, target)
print(wrapper.__name__, wrapper.attr, wrapper.__wrapped__ is target)
def timed(label):
    def decorate(fn):
        @wraps(fn)
        def run(*args):
            print(label, fn.__name__)
            return fn(*args)
        return run
    return decorate
@timed("calling")
def add(a, b):
    return a + b
print(add(2, 3), add.__name__)
