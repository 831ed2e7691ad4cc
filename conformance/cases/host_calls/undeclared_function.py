# corral: external echo
print(echo("declared"))
print(counter())
