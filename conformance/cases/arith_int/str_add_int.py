print("a" + "b")
"a" + 1
