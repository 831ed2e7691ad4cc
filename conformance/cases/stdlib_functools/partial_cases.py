from functools import partial
def power(base, exp):
    return base ** exp
sq = partial(power, exp=2)
print(sq(5), sq.func is power, sq.args, sq.keywords)
p = partial(partial(power, 2), exp=10)
print(p(), p.args, p.keywords, p.func is power)
print(repr(partial(max, 1, key=abs)), repr(partial(len)))
class MyP(partial):
    pass
print(repr(MyP(max, 1)))
int2 = partial(int, base=2)
print(int2('1010'), int2('11', base=10))
print(list(map(partial(power, 3), [0, 1, 2])))
