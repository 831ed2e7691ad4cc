import math
print(math.log(10 ** 1000))
print(math.log10(10 ** 1000), math.log10(10 ** 5000 + 1))
print(math.log2(2 ** 4000), math.log2(3 ** 3000))
print(math.log(10 ** 400, 10), math.log(2 ** 2000, 2 ** 1000))
print(math.log(7 ** 1234, 7.0))
print(math.log(2 ** 1023 * 3), math.log(2 ** 1024))
