def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[::2], l[::-1], l[-3:], l[-100:100], l[5:2], l[8:2:-2], l[::-3], l[1:-1:3])
print(l[10**20:], l[-10**20:2], l[::10**20])
err(lambda: l[::0])
err(lambda: l['a':])
m = l[:]; m[2:5] = ['a']; print(m)
m = l[:]; m[2:2] = 'xyz'; print(m)
m = l[:]; m[:] = []; print(m)
m = l[:]; m[::2] = 'abcde'; print(m)
m = l[:]; m[::-2] = range(5); print(m)
def bad():
    m = l[:]; m[::2] = [1, 2]
err(bad)
def bad2():
    m = l[:]; m[1:2] = 5
err(bad2)
def bad3():
    m = l[:]; m[::2] = 5
err(bad3)
m = l[:]; del m[::3]; print(m)
m = l[:]; del m[2:4]; print(m)
m = l[:]; del m[::-2]; print(m)
m = l[:]; m[5:] = m; print(m)
m = l[:]; m[3:1] = [99]; print(m)
t = tuple(range(6))
print(t[1:4], t[::-1], t[::2], t[4:1:-1])
print(slice(1, 2), slice(3), slice(1, 2, 3), slice(None).indices(5), slice(1, -1, 2).indices(10), slice(-100, 100, -1).indices(5))
s = slice(1, 10, 2); print(s.start, s.stop, s.step)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
err(lambda: hash(slice(1)))
err(lambda: slice())
err(lambda: slice(1, 2, 0).indices(4))
err(lambda: slice(1).indices(-1))
print('abcdef'[slice(1, None, 2)])
