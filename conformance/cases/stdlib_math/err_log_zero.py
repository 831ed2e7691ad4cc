import math
print(math.log(1))
math.log(0)
