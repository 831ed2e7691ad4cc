print("%*s|" % (6, "ab"))
print("%*s" % ("6", "ab"))
