"""Generate a random bigint test program; run it under CPython and Corral and
compare the outputs:  python3 gen_random.py SEED N > t.py;
diff <(python3 t.py) <(corral t.py)"""
import random, sys

seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
rng = random.Random(seed)

def operand():
    kind = rng.random()
    if kind < 0.15:
        return rng.choice([0, 1, -1, 2, -2, 2**61 - 1, -2**61, 2**61, -2**61 - 1, 2**62, 2**63, -2**63, 2**64 - 1, 2**32, 2**31])
    if kind < 0.3:
        v = rng.getrandbits(rng.randint(1, 64))
    elif kind < 0.4:
        # runs of ones/zeros stress carries
        bits = rng.randint(1, 3000)
        v = (1 << bits) - 1 if rng.random() < 0.5 else 1 << bits
        v += rng.randint(-2, 2)
    else:
        v = rng.getrandbits(rng.randint(1, 3000))
    return -v if rng.random() < 0.5 else v

print("def show(f):")
print("    try:")
print("        print(f())")
print("    except Exception as e:")
print("        print(type(e).__name__, e)")
ops = ["+", "-", "*", "//", "%", "&", "|", "^", "==", "<", ">=", "/"]
for i in range(count):
    a, b = operand(), operand()
    op = rng.choice(ops + ["<<", ">>", "**", "pow", "float", "hash", "str", "hex", "bin", "oct", "divmod", "cmpf", "bytes", "neg", "int"])
    if op in ops:
        print(f"show(lambda: ({a}) {op} ({b}))")
    elif op == "<<":
        print(f"show(lambda: ({a}) << {rng.randint(0, 200)})")
    elif op == ">>":
        print(f"show(lambda: ({a}) >> {rng.randint(0, 3100)})")
    elif op == "**":
        print(f"show(lambda: ({operand() % 1000 - 500}) ** {rng.randint(-3, 300)})")
    elif op == "pow":
        m = b if rng.random() < 0.8 else rng.randint(-20, 20)
        print(f"show(lambda: pow({a}, {rng.choice([rng.randint(-5, 5), abs(b) % (1 << 200), -rng.randint(1, 100)])}, {m}))")
    elif op == "float":
        print(f"show(lambda: float({a}))")
    elif op == "hash":
        print(f"show(lambda: hash({a}))")
        print(f"show(lambda: hash({a}) == hash(float({a})) if abs({a}) < 2**1000 and float({a}) == {a} else 'skip')")
    elif op == "str":
        print(f"show(lambda: str({a}))")
        print(f"show(lambda: int(str({a})) == {a})")
    elif op == "hex":
        print(f"show(lambda: hex({a}))")
        print(f"show(lambda: int(hex({a}), 16) == {a})")
    elif op == "bin":
        print(f"show(lambda: bin({a}))")
    elif op == "oct":
        print(f"show(lambda: oct({a}))")
    elif op == "divmod":
        print(f"show(lambda: divmod({a}, {b}))")
    elif op == "cmpf":
        f = rng.choice([float(a) if abs(a) < 2**1000 else 1e300, 0.5, -0.5, 1e308, -1e308, float('inf'), float('nan'), 2.0**62, 2.0**100 + 2.0**48])
        print(f"show(lambda: ({a} < {f!r}, {a} == {f!r}, {a} > {f!r}))")
    elif op == "bytes":
        n = (abs(a).bit_length() + 8) // 8 + rng.randint(-1, 2)
        print(f"show(lambda: ({a}).to_bytes({n}, 'little', signed=True))")
        print(f"show(lambda: int.from_bytes(({a}).to_bytes({n}, 'big', signed=True), 'big', signed=True))")
    elif op == "neg":
        print(f"show(lambda: (-({a}), ~({a}), abs({a}), ({a}).bit_length(), ({a}).bit_count()))")
    elif op == "int":
        print(f"show(lambda: (int({str(a)!r}), int({hex(a)!r}, 0)))")
