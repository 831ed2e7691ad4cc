# corral: external echo counter
print(echo(1))
try:
    echo(1, 2)
except RuntimeError as e:
    print("caught:", e)
try:
    echo(x=1)
except RuntimeError as e:
    print("caught:", e)
counter(5)
