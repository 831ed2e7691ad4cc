print(format(1, "d"))
format(1, "q")
