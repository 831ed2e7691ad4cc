def f(*args, **kwargs):
    return args, kwargs
xs = [1, 2]
d = {"k": 3}
print(f(*xs, 0, *"ab", **d, z=9))
print([*xs, *xs], (*xs,), {*xs, 3} == {1, 2, 3}, {**d, "j": 4}, [*range(3), *{"q": 1}])
