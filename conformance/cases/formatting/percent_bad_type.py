print("%s" % [1, 2])
print("%d" % "x")
