def fmt(value, *, width=8, fill=" ", align=">"):
    return f"{value:{fill}{align}{width}}"
print("[" + fmt(42) + "]", "[" + fmt("x", width=3, fill="*", align="^") + "]")
print("[" + fmt(3.5, align="<", width=6) + "]")
