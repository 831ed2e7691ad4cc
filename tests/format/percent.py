# printf-style formatting: str % args.
vals = [0, 5, -5, 255, 65, 12345, -(2**40), 2**70, 0.0, -0.0, 3.14159, -2.5, 1e20, 1e-10,
        float('inf'), float('nan'), 'ab', 'héllo', '', True, None, [1, 2]]
flags = ['', '-', '+', ' ', '#', '0', '-0', '+#0']
widths = ['', '1', '7']
precs = ['', '.', '.0', '.3']
def show(fmt, args):
    try:
        r = fmt % args
    except (ValueError, TypeError, OverflowError, KeyError) as e:
        r = type(e).__name__ + ': ' + str(e)
    print(repr(fmt), repr(r))
i = 0
for f in flags:
    for w in widths:
        for p in precs:
            for c in 'sradiuoxXeEfFgGc%':
                i += 1
                show('[%' + f + w + p + c + ']', vals[i % len(vals)])
                show('%' + f + w + p + c + '|%s', (vals[(i * 3) % len(vals)], 'x'))
for fmt, args in [('%s %s', (1,)), ('%s', (1, 2)), ('', 5), ('', [1]), ('', 'a'), ('%%', ()),
                  ('%5%', ()), ('%', ()), ('%*d', (5, 3)), ('%-*d|', (-5, 3)), ('%*.*f', (8, 2, 3.14159)),
                  ('%*d', ('a', 1)), ('%c', 'é'), ('%c', 0x110000), ('%c', -1), ('%c', 1.5), ('%c', 'ab'),
                  ('%d', 'a'), ('%x', 1.5), ('%f', 'a'), ('%(a)s', 1), ('%(a)s %(b)r', {'a': 1, 'b': 'x'}),
                  ('%(a', {}), ('%(x)s', {}), ('a%yb', 1), ('%#x %#X %#o', (255, 255, 8)), ('%.3d', 5),
                  ('%r %a', ('é', 'é')), ('%s', ((1, 2),)), ('%s', [(1, 2)]), ('%d', 3.99), ('%x', True)]:
    show(fmt, args)
