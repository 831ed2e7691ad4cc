import a
import a.b.c
import a as b, c.d as e
from a import b
from a import b as c, d
from a import (b, c,)
from a import (b as c,
    d)
from . import a
from .. import a
from .a import b
from ... import a
from .... import a
from a import *
from a . b import c
a = b = c = 1
a, b = b, a
[a, b] = c
(a, b) = c
a, *b = c
*a, b = c
a.b = 1
a[1] = 2
a[1:2] = 3
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a >>= 1; a <<= 1; a &= 1; a ^= 1; a |= 1; a @= 1
a.b += 1
a[0] += 1
x: int
x: int = 1
(x): int = 1
a.b: int
a[0]: int = 2
x: list[int] = []
x: int = yield
del a
del a, b
del a.b, a[0], (a, b), [c]
del (a)
del (a), b,
pass
assert a
assert a, 'msg'
global a
global a, b
def f():
    nonlocal a
    return
    return 1
    return 1, 2
    return *a, b
    yield
    yield 1
    yield 1, 2
    yield from a
    x = yield
    x = yield 1
    await a
    raise
    raise E
    raise E from e
    x = y = yield
    x += yield
for x in y:
    break
    continue
else:
    pass
for x, y in z: pass
for (x, y) in z: pass
for [x, y] in z: pass
for x, in z: pass
for *x, y in z: pass
for x in 1, 2: pass
for x in *a, *b: pass
for x.y in z: pass
for x[0] in z: pass
while a:
    pass
while a: pass
else: pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if a: pass
if (a := 1): pass
with a: pass
with a as b: pass
with a as b, c as d: pass
with (a as b, c as d): pass
with (a as b, c as d,): pass
with (a, b): pass
with (a): pass
with (a) as b: pass
with (yield): pass
with a as (b, c): pass
with a as [b, c]: pass
with a as b.c: pass
with a as b[0]: pass
with (a, b) as c: pass
with (a, b) as c, d: pass
with (
    a as b,
    c as d,
):
    pass
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (E, F) as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
except* (F, G) as g:
    pass
class A: pass
class A(): pass
class A(B): pass
class A(B, C, metaclass=M, **kw): pass
class A(*bases): pass
@dec
class A: pass
@dec
@dec.attr
@dec(1)
@dec[0]
@(lambda f: f)
def f(): pass
def f(a, b): pass
def f(a, b=1): pass
def f(a, /, b, *, c): pass
def f(a, /): pass
def f(a=1, /, b=2): pass
def f(*args, **kwargs): pass
def f(*, a, b=1, c): pass
def f(a: int, b: str = '', *c: int, d: float, **e: dict) -> None: pass
def f(*args: *Ts): pass
def f(a, b,): pass
def f(*a,): pass
def f(**a,): pass
async def f():
    async for x in y: pass
    async with a as b: pass
    await x
    return [x async for x in y]
@dec
async def f(): pass
x = 1; y = 2;
if a: pass; pass
def f(): return 1; 
class C:
    x = 1
    def m(self): pass
    class D:
        pass
if a:
    pass
# comment at dedent
x = 1
