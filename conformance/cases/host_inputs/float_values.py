# corral: inputs f=1.5 g=-0.25 h=1e300 tiny=2.5e-8
print(f, g, h, tiny)
print(f + g, f * g)
print(h * 10)
print(round(tiny * 1e8, 3))
print(type(f).__name__)
