registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("add")
def _add(a, b):
    return a + b
@register("mul")
def _mul(a, b):
    return a * b
print(sorted(registry), registry["mul"](3, 4), _add(1, 2))
print(registry["div"](1, 2))
