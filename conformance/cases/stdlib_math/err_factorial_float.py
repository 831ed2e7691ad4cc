import math
print(math.factorial(6))
math.factorial(5.0)
