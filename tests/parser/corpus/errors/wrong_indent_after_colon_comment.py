if x:
# c
pass
