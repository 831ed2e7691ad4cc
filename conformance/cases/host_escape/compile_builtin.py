try:
    compile("1", "f", "eval")
except NameError as e:
    print(e)
