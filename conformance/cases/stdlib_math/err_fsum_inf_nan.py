import math
print(math.fsum([math.inf, 1]))
math.fsum([math.inf, -math.inf])
