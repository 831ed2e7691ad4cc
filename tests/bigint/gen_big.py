"""Large-operand cases (Karatsuba depth, long division, float rounding):
python3 gen_big.py SEED > t.py; diff <(python3 t.py) <(corral t.py)"""
import random, sys

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
print("def show(f):")
print("    try:")
print("        print(f())")
print("    except Exception as e:")
print("        print(type(e).__name__, e)")

def big(lo, hi):
    v = rng.getrandbits(rng.randint(lo, hi))
    if rng.random() < 0.2:
        v |= (1 << rng.randint(lo, hi)) - 1     # long runs of ones
    return -v if rng.random() < 0.3 else v

for _ in range(40):
    a, b = big(1000, 60000), big(1000, 60000)
    print(f"a = {hex(a)}")
    print(f"b = {hex(b)}")
    print("show(lambda: hex(a * b))")
    print("show(lambda: hex(a * a))")
    print("show(lambda: (hex(a // (b | 1)), hex(a % (b | 1))))")
    print("show(lambda: hex((a * b + 12345) // (b | 1)))")
    print("show(lambda: a / (b | 1))")
    print("show(lambda: (a >> 977) / (b >> 1000 | 1))")
    print("show(lambda: hash(a * b))")
for _ in range(300):
    # truediv near the float edges
    e = rng.choice([rng.randint(-1200, -1000), rng.randint(1000, 1100), rng.randint(-60, 60)])
    n = rng.getrandbits(rng.randint(50, 200)) | 1
    d = rng.getrandbits(rng.randint(50, 200)) | 1
    if e >= 0:
        print(f"show(lambda: ({n} << {e}) / {d})")
    else:
        print(f"show(lambda: {n} / ({d} << {-e}))")
    m = rng.getrandbits(rng.randint(53, 130))
    print(f"show(lambda: float({m}))")
    print(f"show(lambda: float({m} << {rng.randint(0, 1000)}))")
    f = float(m)
    print(f"show(lambda: ({m} < {f!r}, {m} == {f!r}, {m} > {f!r}, {m + 1} > {f!r}, {m - 1} < {f!r}))")
