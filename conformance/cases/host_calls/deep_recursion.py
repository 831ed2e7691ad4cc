# corral: external echo counter
def down(n):
    if n == 0:
        return echo("bottom")
    counter()
    return down(n - 1)
print(down(200))
print(counter())
def sum_to(n):
    return 0 if n == 0 else echo(n) + sum_to(n - 1)
print(sum_to(150))
