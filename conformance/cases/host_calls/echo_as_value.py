# corral: external echo
f = echo
print(f(3))
print([g(5) for g in (echo, abs)])
table = {"e": echo}
print(table["e"]("via dict"))
