# assignments, unpacking, augmented assignment, chained compare, boolops
a = b = 3
x, (y, z) = 1, (2, 3)
first, *mid, last = [1, 2, 3, 4, 5]
print(a, b, x, y, z, first, mid, last)
*init, tail = "abc"
print(init, tail)
d = {"k": [1, 2, 3]}
d["k"][1:2] += [9, 9]
d["n"] = 0
d["n"] += 5
print(d)
class O: pass
o = O()
o.v = 10
o.v -= 3
o.v *= 2
print(o.v)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 is not None)
print(0 or "x", 1 and 2, None or 0 or [], 5 and 0 and 9)
print(not 1, -3, +4, ~5)
print([1, *[2, 3], 4], (*"ab", 5), {*[1, 2], 3} == {1, 2, 3}, {"a": 1, **{"b": 2}, "c": 3})
print(1 if x else 2, 1 if not x else 2)
if (n := 10) > 5:
    print("walrus", n)
s = "hello"
print(s[1:3], s[::-1], s[:2], s[3:])
del d["n"]
print(d)
lst = [1, 2, 3, 4]
del lst[1:3]
print(lst)
t = 1,
print(t, ())
print(f"{x} and {y!r} {z:>4} {'q'!r:>6}|{3.5:.2f}")
print(f"{s=}")
