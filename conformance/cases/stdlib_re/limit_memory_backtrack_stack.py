# corral: limit memory=8000000
# corral: expect-limit memory
import re
s = 'ab' * 1000000
print("start")
print(re.match('(?:ab|ba)*c', s))
