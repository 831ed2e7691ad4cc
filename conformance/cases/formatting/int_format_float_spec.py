print(format(5, ".2f"), format(5, "e"), format(5, "%"), format(5.0, "g"))
print(format(5.5, "x"))
