width, prec = 10, 3
v = 3.14159265
print(f"[{v:{width}.{prec}f}]", f"[{v:>{width}}]", f"[{'x':{'*'}^{width}}]")
