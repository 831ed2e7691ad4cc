# float(), float subclasses, __float__/__index__, hashing consistency.
def show(label, f):
    try:
        r = f()
    except (ValueError, TypeError, OverflowError, ZeroDivisionError, AttributeError) as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, repr(r))
class F(float):
    pass
class G(float):
    def __repr__(self):
        return 'G!'
class HasFloat:
    def __float__(self):
        return 2.5
class HasIndex:
    def __index__(self):
        return 7
class BadFloat:
    def __float__(self):
        return 1
class S(str):
    pass
f = F(1.5)
show('sub', lambda: (f, type(f).__name__, f + 1, type(f + 1).__name__, -f, f == 1.5, hash(f) == hash(1.5)))
show('sub2', lambda: (F(), F('2.5'), F(HasFloat()), isinstance(f, float), f.is_integer(), f.hex()))
show('G', lambda: (G(3.0), str(G(3.0)), format(G(3.0), '.2f'), '%s %r' % (G(1.0), G(1.0))))
show('fromhex sub', lambda: (F.fromhex('0x1p3'), type(F.fromhex('0x1p3')).__name__))
show('HasFloat', lambda: float(HasFloat()))
show('HasIndex', lambda: float(HasIndex()))
show('BadFloat', lambda: float(BadFloat()))
show('S', lambda: float(S(' 4.5 ')))
show('none', lambda: float(None))
show('two', lambda: float(1, 2))
show('empty', lambda: float())
show('hash', lambda: [hash(x) == hash(int(x)) for x in [0.0, 1.0, -1.0, 2.0**60, -(2.0**70), 1e300]])
show('hash2', lambda: [hash(x) for x in [0.5, -0.5, 1.5, 1e-300, float('inf'), float('-inf'), -1.0]])
show('dict', lambda: {1: 'a', 1.0: 'b', True: 'c'})
show('mixed cmp', lambda: (1 == 1.0, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 10**400 > 1e308, -10**400 < -1e308, float('nan') == float('nan')))
show('sort', lambda: sorted([3, 1.5, -2, 0.0, True, -0.5]))
show('round', lambda: (round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), type(round(1.5)).__name__))
show('ops', lambda: (7.0 // 2, -7.0 // 2, 7.0 % -2, -7.0 % 2, divmod(-7.5, 2), 2 ** -1, 2.0 ** 10, (-2.0) ** 3, 0.0 ** 0))
show('aug', lambda: [x for x in [1.5]] + [2.5])
x = 1.5
x += 1
x *= 3
x **= 2
x /= 4
x //= 2
x %= 3
show('augres', lambda: x)
show('fstr', lambda: f'{3.14159:.2f} {1e-10} {1e16} {123456789.0:,} {0.5:%} {2.5:e} {-0.0:z} {float("nan"):+}')
show('conj', lambda: (1.5.real, 1.5.imag, 1.5.conjugate(), (1.5).as_integer_ratio(), (0.1).as_integer_ratio()))
show('trunc', lambda: (int(3.9), int(-3.9), int(1e20)))
show('inf int', lambda: int(float('inf')))
show('nan int', lambda: int(float('nan')))
show('ratio inf', lambda: float('inf').as_integer_ratio())
show('ratio nan', lambda: float('nan').as_integer_ratio())
show('neg pow', lambda: 0.0 ** -1)
show('overflow', lambda: 10.0 ** 400)
show('big int op', lambda: 1.0 + 10**400)
