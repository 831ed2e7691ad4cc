import itertools as it
tests = [
    lambda: it.count('a'),
    lambda: it.repeat(1, 'a'),
    lambda: it.permutations('abc', 'x'),
    lambda: it.combinations('abc'),
    lambda: it.combinations('abc', -1),
    lambda: it.permutations('abc', -1),
    lambda: it.combinations_with_replacement('abc', -1),
    lambda: it.product('ab', repeat=-1),
    lambda: it.product([1], rep=2),
    lambda: it.tee('abc', -1),
    lambda: it.repeat(),
    lambda: it.dropwhile(len),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
