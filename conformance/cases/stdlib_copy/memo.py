import copy
memo = {}
z = [1, [2]]
z2 = copy.deepcopy(z, memo)
print(id(z) in memo, memo[id(z)] is z2, copy.deepcopy(z, memo) is z2)
