# format() spec mini-language for int, float, str, bool.
floats = [0.0, -0.0, 1.0, -1.5, 0.1, 123456.789, -9876543210.125, 1e16, 1e-5, 1e-7,
          5e-324, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'),
          2.5, 0.5, 1234.5, 1e22, 123.0, 0.00012345, -0.0001, 99.99999, 9.5]
ints = [0, 1, -1, 7, 65, 255, -255, 1234, -1234567, 10**15, -(2**60), 2**70, -(10**30)]
strs = ['', 'a', 'abc', 'héllo wörld']
fills = ['', '<', '>', '^', '=', '*<', '*^', '0=', 'é>']
signs = ['', '+', ' ']
flags = ['', 'z', '#', '0']
widths = ['', '1', '12']
groups = ['', ',', '_']
precs = ['', '.0', '.3', '.17']
def show(v, spec):
    try:
        r = format(v, spec)
    except (ValueError, TypeError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
    print(repr(v), repr(spec), repr(r))
n = 0
for fi in fills:
    for si in signs:
        for fl in flags:
            for w in widths:
                for g in groups:
                    for p in precs:
                        n += 1
                        for t in ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']:
                            show(floats[n % len(floats)], fi + si + fl + w + g + p + t)
                            show(floats[(n * 7) % len(floats)], fi + si + fl + w + g + p + t)
                        for t in ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', '%']:
                            show(ints[n % len(ints)], fi + si + fl + w + g + p + t)
                        show(strs[n % len(strs)], fi + si + fl + w + g + p)
                        show(strs[n % len(strs)], fi + si + fl + w + g + p + 's')
for spec in ['abc', ',,', ',_', '_,', '.', '99999999999999999999', 'é', 'z', '=^5', '05', '_s',
             ',c', '+c', '#c', '010,', '0=10,', 'x=10,', '020_x', '020_b', '+#012_X', '\x01', 'd', 's']:
    for v in [1234, 1.5, 'ab', True, 65]:
        show(v, spec)
