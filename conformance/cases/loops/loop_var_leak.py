for i in range(3):
    pass
print(i)
for k in []:
    pass
print(k)
