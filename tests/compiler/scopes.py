def outer(a, *args, b=2, **kw):
    x = 1
    def inner(y=a):
        nonlocal x
        x += y
        return x + a
    return inner

class C(Base, metaclass=M):
    """doc"""
    z = 1
    def m(self):
        return super().m() + self.__p
    @staticmethod
    def s(): return [i for i in range(3) if i]

def g():
    yield 1
    v = yield from h()
    return v

lam = lambda q, *, r=3: q + r
