# float arithmetic, comparisons, methods, parsing, round.
vals = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -0.5, 3.7, -3.7, 1e308, -1e308, 5e-324,
        float('inf'), float('-inf'), float('nan'), 7.0, -8.0, 0.1, 3, -7, 0, True, 2**53 + 1, 10**400]
def show(label, f):
    try:
        r = f()
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, repr(r))
for a in vals:
    for b in vals:
        if type(a) is not float and type(b) is not float:
            continue
        show((a, b, '+'), lambda: a + b)
        show((a, b, '-'), lambda: a - b)
        show((a, b, '*'), lambda: a * b)
        show((a, b, '/'), lambda: a / b)
        show((a, b, '//'), lambda: a // b)
        show((a, b, '%'), lambda: a % b)
        show((a, b, '**'), lambda: a ** b)
        show((a, b, 'divmod'), lambda: divmod(a, b))
        show((a, b, 'cmp'), lambda: (a < b, a <= b, a == b, a != b, a > b, a >= b))
for v in vals:
    if type(v) is float:
        show((v, 'm'), lambda: (v.is_integer(), v.hex(), v.conjugate(), v.real, v.imag, abs(v), -v, +v, bool(v)))
        show((v, 'hash'), lambda: hash(v) if v == v else 0)
        show((v, 'ratio'), lambda: v.as_integer_ratio())
        show((v, 'int'), lambda: (int(v), v.__trunc__(), v.__floor__(), v.__ceil__(), round(v)))
        show((v, 'fromhex'), lambda: float.fromhex(v.hex()))
for s in ['1.5', '  1.5e3 ', 'inf', '-Infinity', 'nan', '1_000.5', '1__0', '_1', '1_', '0x10', '1.5j', '',
          'abc', '.5', '5.', '.', '1e', '-.5e-3', '1e500', '\t7\n', b'2.5', b'x', 3, True, 2.5, [1]]:
    show(('float', s), lambda: float(s))
show('kw', lambda: float(x=1))
for h in ['0x1.8p1', '1.8p1', '0X1P-1074', '0x1p-1075', '0x1p1024', 'inf', ' 0x.8 ', '0x', 'x', '-0x1.23abcP+10']:
    show(('fromhex', h), lambda: float.fromhex(h))
for d in [2.675, 0.125, 0.375, 2.5, -2.5, 1.5, 0.5, 1e308, 12345.6789, 5e-324, 1e22, 0.285, 1.005, float('inf'), float('nan'), -0.0]:
    for n in [None, 0, 1, 2, 3, -1, -2, -5, -308, -309, 17, 320, 400, 10**30, -10**30]:
        show(('round', d, n), lambda: round(d, n))
