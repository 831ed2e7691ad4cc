x = a + b * c - d / e // f % g @ h ** i ** j
x = -2 ** 2; x = ~a; x = +a; x = not a; x = - - a
x = a << b >> c & d ^ e | f
x = a < b <= c > d >= e == f != g is h is not i in j not in k
x = a and b or c and not d
x = a if b else c if d else e
x = lambda: 0
x = lambda a, b=1, *c, d, e=2, **f: a
x = lambda *, k: k
x = lambda a, /, b: a
x = (y := 10)
x = [y := 1, z := 2]
x = a.b.c; x = a[1]; x = a[1:2]; x = a[::2]; x = a[1:2, ::3]; x = a[:, None]; x = a[...]
x = a[1,]; x = a[()]; x = a[b:=1] if 0 else 0
x = f(); x = f(a, b); x = f(a, *b, c=1, **d); x = f(*a, *b, **c, **d); x = f(a=1, *b)
x = f(x for x in y); x = f(a)(b)(c); x = f(a)[b].c
x = (); x = (1,); x = (1, 2); x = 1, 2; x = (a)
x = []; x = [1]; x = [1, 2,]; x = [*a, *b]
x = {}; x = {1: 2}; x = {1: 2, **d, 3: 4}; x = {1, 2}; x = {*a, b}
x = [i for i in range(10) if i if i > 2 for j in i]
x = {i for i in a}; x = {k: v for k, v in a.items()}; x = (i for i in a)
x = [i async for i in a] if 0 else 0
x = a if (b := c) else d
x = "a" "b" < "c"
x = 1 if 2 else 3, 4
x = *a, *b
x = a[b][c](d)
x = (a for b in c for d in e if f)
x = [(a, b) for a, b in c]
x = [a for (a, b) in c]
x = [a for [a, b] in c]
x = [a for *a, b in c]
x = not not a
x = a.b(c).d[e]
x = a == b == c
x = (-1) ** 2
x = -1 ** -2
x = 2 ** -1
x = 1 if a else lambda: 2
x = [lambda: i for i in a]
x = {**a}
x = {**a, **b}
print(*a, sep='')
x = a[1:2:3]
x = a[-1:]
x = a[:-1]
x = a[b, c:d]
x = a[*b]
x = a[*b, c]
x = (yield)
x = ((a))
x = ((a, b))
x = (((a, b), c), d)
x = (a +
     b)
x = (a
     .b
     .c())
x = f(a)(b
)
x = [
    1,
    2,
]
x = a if b else(c)
x = [x for x in range(3) if x if not x]
x = a.b.c.d.e.f
x = a()()()
x = (a)(b)
x = (a).b
x = (a)[b]
x = (a) + (b)
x = -(a)
x = not (a)
x = (a) if (b) else (c)
x = (a) < (b)
x = (a) and (b)
x = await_x
x = a[b:c:d, e:f, ...]
