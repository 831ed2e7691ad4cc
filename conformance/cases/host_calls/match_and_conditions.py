# corral: external echo
for v in ([1, 2], {"k": 3}, 7, "s"):
    match echo(v):
        case [a, b]:
            print("pair", a, b)
        case {"k": k}:
            print("key", k)
        case int(n) if echo(n > 5):
            print("big", n)
        case _:
            print("other", v)
print(echo(0) or echo("fallback"))
