import itertools as it
for name in ['cycle','pairwise','compress','starmap','groupby','permutations','chain','zip_longest','takewhile','filterfalse','tee','count', 'dropwhile', 'accumulate', 'combinations', 'combinations_with_replacement', 'repeat', 'product', 'islice']:
    f = getattr(it, name)
    for args in [(), ([1],), ([1],[1],[1],[1])]:
        try: f(*args); print(name, len(args), 'ok')
        except Exception as e: print(name, len(args), type(e).__name__, e)
    try: f([1], bogus=1)
    except Exception as e: print(name, 'kw', type(e).__name__, e)
print(list(it.groupby('aab', key=None))[0][0], list(it.permutations('ab', r=1)), list(it.compress(data='ab', selectors=[0,1])), list(it.islice(it.count(step=2, start=1), 3)))
