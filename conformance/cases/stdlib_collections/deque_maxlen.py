from collections import deque
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.appendleft(9)
print(m)
m.extend([7, 8])
print(m)
z = deque([1, 2], maxlen=0)
print(z, z.maxlen)
print(deque().maxlen)
last_lines = deque(maxlen=2)
for line in ["a", "b", "c", "d"]:
    last_lines.append(line)
print(list(last_lines))
