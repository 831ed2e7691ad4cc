# corral: external echo
items = [1, 2]
same = echo(items)
same.append(3)
print(items, same is items)
