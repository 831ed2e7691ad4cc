# corral: limit memory=20000000
# hostile: expect limit=memory
s = 'a' * 10**10
print(len(s))
