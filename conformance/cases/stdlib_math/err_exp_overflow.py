import math
print(math.exp(700) > 1e300)
math.exp(710)
