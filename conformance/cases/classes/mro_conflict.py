class X: pass
class Y(X): pass
print([c.__name__ for c in Y.__mro__])
class Z(X, Y): pass
