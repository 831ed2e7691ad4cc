items = []
print("checking", len(items))
assert items
