print("{} {}".format(1, 2))
print("{0} {}".format(1, 2))
