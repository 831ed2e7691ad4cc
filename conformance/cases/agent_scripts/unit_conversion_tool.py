FACTORS = {("km", "mi"): 0.621371, ("kg", "lb"): 2.20462, ("c", "f"): None}
def convert(value, src, dst):
    if (src, dst) == ("c", "f"):
        return value * 9 / 5 + 32
    if (src, dst) in FACTORS:
        return value * FACTORS[(src, dst)]
    if (dst, src) in FACTORS and FACTORS[(dst, src)]:
        return value / FACTORS[(dst, src)]
    raise ValueError(f"no conversion from {src} to {dst}")
for q in [(10, "km", "mi"), (5, "mi", "km"), (70, "kg", "lb"), (100, "c", "f")]:
    print(f"{q[0]} {q[1]} = {convert(*q):.3f} {q[2]}")
print(convert(1, "m", "ft"))
