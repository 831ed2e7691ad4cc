def wraps_like(orig):
    def copy(wrapper):
        wrapper.__name__ = orig.__name__
        wrapper.__doc__ = orig.__doc__
        return wrapper
    return copy
def deco(fn):
    @wraps_like(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def target():
    "the doc"
    return 1
print(target.__name__, target.__doc__, target())
