match x:
    case 1: pass
    case -1: pass
    case 1.5: pass
    case 1 + 2j: pass
    case -1 - 2j: pass
    case 'a': pass
    case 'a' 'b': pass
    case b'a': pass
    case None: pass
    case True: pass
    case False: pass
    case a.b: pass
    case a.b.c: pass
    case _: pass
    case y: pass
    case [a, b]: pass
    case (a, b): pass
    case [a, *rest]: pass
    case [*_, a]: pass
    case []: pass
    case (): pass
    case (a,): pass
    case (a): pass
    case a, b: pass
    case a, *b: pass
    case {'a': 1, 'b': c}: pass
    case {'a': 1, **rest}: pass
    case {}: pass
    case {a.b: c}: pass
    case {None: 1, True: 2}: pass
    case {-1: a}: pass
    case Point(): pass
    case Point(x, y): pass
    case Point(x=1, y=2): pass
    case Point(1, y=2): pass
    case a.Point(x): pass
    case 1 | 2 | 3: pass
    case [1, 2] | {'a': 1}: pass
    case (1 | 2) as z: pass
    case [a, b] as c: pass
    case x if x > 0: pass
    case (x, y) if (z := x): pass
    case [1, [2, 3], (4, 5)]: pass
    case Point(x=[1, 2], y={'a': _}): pass
    case f'x' if 0: pass
match (x, y):
    case (1, 2): pass
match x, y:
    case 1, 2: pass
match *a, b:
    case _: pass
match x,:
    case _: pass
match = 1
match.x = 2
match(x)
match[0] = 1
case = 3
_ = 4
print(match, case)
def match(): pass
match x:
    case 1:
        pass
    case 2:
        if y:
            pass
match -x:
    case _: pass
match not_a_keyword if 0 else 1:
    case _: pass
