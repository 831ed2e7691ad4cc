# str.format and f-strings.
class P:
    x = 3
    def __repr__(self):
        return 'P()'
    def __format__(self, spec):
        return 'P<' + spec + '>'
def show(fmt, *args, **kw):
    try:
        r = fmt.format(*args, **kw)
    except (ValueError, TypeError, IndexError, KeyError, AttributeError) as e:
        r = type(e).__name__ + ': ' + str(e)
    print(repr(fmt), repr(r))
show('{} {}', 'a', 1)
show('{0} {0} {1}', 1, 2)
show('{0}{}', 1, 2)
show('{}{0}', 1, 2)
show('{1}', 1)
show('{', 1)
show('}', 1)
show('{{}} {{{0}}}', 7)
show('{0!r} {0!s} {0!a}', 'é')
show('{0!x}', 1)
show('{0!r', 1)
show('{0!}', 1)
show('{0!rr}', 1)
show('{:{}}', 1, 5)
show('{:{}.{}f}', 3.14159, 10, 2)
show('{:{:{}}}', 1, 2, 3)
show('{a', 1)
show('{0:>{1}}', 'ab', 6)
show('{0.}', 1)
show('{0]}', 1)
show('{0[}', 1)
show('{x}')
show('{x} {y:>4}', x=1, y='b')
show('{0[1]x}', 'ab')
show('{0[1]} {0[0]}', 'abc')
show('{0[a]} {0[1]}', {'a': 5, 1: 6})
show('{0.x} {0.y}', P())
show('{0:abc} {0!r:>3}', P())
show('{:,} {:_} {:e} {:%}', 1234567, 1234567, 12345, 0.25)
show('{:d}', 1.0)
show('{:s}', 1)
show('{:}}', 1)
show('{!}', 1)
show('{!s', 1)
show('{:{{}}}', 1)
x, w, p = 3.14159, 10, 3
print(f'{x:{w}.{p}f}|{x!r:>12}|{x=}|{"s":^5}|{42:#x}|{-0.0:z.1f}')
