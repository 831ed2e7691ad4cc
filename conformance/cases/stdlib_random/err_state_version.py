import random
r = random.Random(3)
state = r.getstate()
for bad in [(1,) + state[1:], (4, state[1], None), ('3', state[1], None)]:
    try:
        r.setstate(bad)
    except ValueError as e:
        print(type(e).__name__, e)
r.setstate(state)
print(r.random() == random.Random(3).random())
