print(len([0]))
len(5)
