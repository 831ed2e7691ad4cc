print("loop")
for x in None:
    pass
