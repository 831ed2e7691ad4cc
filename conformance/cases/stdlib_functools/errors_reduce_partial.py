import functools as ft
tests = [
    lambda: ft.reduce(lambda a, b: a + b, []),
    lambda: ft.reduce(lambda a, b: a + b, 1),
    lambda: ft.reduce(1, [1, 2]),
    lambda: ft.reduce(),
    lambda: ft.reduce(lambda a, b: a + b, [1, 2], initial=1),
    lambda: ft.partial(),
    lambda: ft.partial(1),
    lambda: ft.partial(len)(),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
