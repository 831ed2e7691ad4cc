# corral: limit fuel=20000
# corral: expect-limit fuel
import re
print("start")
print(re.fullmatch(r'(x+x+)+y', 'x' * 30))
