print("{x}".format(x=1))
print("{y}".format(x=1))
