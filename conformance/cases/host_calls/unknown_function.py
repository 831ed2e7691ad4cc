# corral: external echo mystery
print(echo(1))
try:
    mystery(1)
except RuntimeError as e:
    print("caught:", e)
mystery()
