# Deterministic random operations on dict and set, checked against a
# simple association-list model; prints a digest at the end.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
d = {}
model_keys = []
model_vals = {}
s = set()
log = []
for step in range(40000):
    op = rnd(10)
    k = rnd(300)
    key = k if k % 3 else str(k)
    if op < 4:
        if key not in model_vals:
            model_keys.append(key)
        model_vals[key] = step
        d[key] = step
        s.add(key)
    elif op < 7:
        if key in model_vals:
            model_keys.remove(key)
            del model_vals[key]
            del d[key]
        else:
            assert key not in d
        s.discard(key)
    elif op == 7 and d:
        kk, vv = d.popitem()
        assert kk == model_keys[-1], (kk, model_keys[-1])
        model_keys.pop()
        del model_vals[kk]
    elif op == 8 and d:
        first = next(iter(d))
        assert first == model_keys[0]
        del d[first]
        model_keys.pop(0)
        del model_vals[first]
    elif op == 9 and s:
        x = s.pop()
        assert x not in s
        s.add(x)
    if step % 5000 == 0:
        assert list(d) == model_keys
        assert list(reversed(d)) == model_keys[::-1]
        log.append(len(d))
assert list(d) == model_keys
assert all(d[k] == model_vals[k] for k in model_keys)
print(log, len(d), len(s), sum(v for v in d.values()))
