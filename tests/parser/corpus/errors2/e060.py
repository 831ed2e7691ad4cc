def f(x, *, ): pass
