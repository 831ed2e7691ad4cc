name, n = "world", 42
print(f"hello {name}!", f"{n} {n * 2} {n:5d}|{n:<5}|{n:^5}|{n:>5}|", f"{{literal}}")
print(f"{name!r} {name!s} {name!a} {'é'!a}", f"{n:x} {n:o} {n:b} {n:#x} {n:08b}")
