import math
print([math.factorial(n) for n in range(12)])
print(math.factorial(30), len(str(math.factorial(1000))), math.factorial(True))
print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 0), math.comb(5, 6), math.comb(10 ** 20, 2))
print(math.perm(10, 3), math.perm(5), math.perm(5, 6), math.perm(5, None), math.perm(10 ** 15, 2))
print(sum(math.comb(20, k) for k in range(21)) == 2 ** 20)
