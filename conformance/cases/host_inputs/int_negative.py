# corral: inputs x=-42 zero=0
print(x, zero)
print(abs(x), x // 5, x % 5)
print(zero == 0, x < zero)
