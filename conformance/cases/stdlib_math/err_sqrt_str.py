import math
print(math.sqrt(9))
math.sqrt("9")
