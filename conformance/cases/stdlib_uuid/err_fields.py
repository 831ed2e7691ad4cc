# Out-of-range fields and immutability.
import uuid

for i in range(6):
    fields = [0, 0, 0, 0, 0, 0]
    fields[i] = 1 << 48
    try:
        uuid.UUID(fields=tuple(fields))
    except ValueError as e:
        print(type(e).__name__, e)
u = uuid.UUID(int=1)
try:
    u.int = 2
except TypeError as e:
    print(type(e).__name__, e)
print(u.int)
