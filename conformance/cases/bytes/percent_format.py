print(b"%d-%s-%x" % (5, b"ab", 255), b"%05.1f" % 3.14159, b"%c" % 65)
print(b"%s" % "str")
