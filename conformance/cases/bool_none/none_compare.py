print(None == 0, None != None)
print(None < 1)
