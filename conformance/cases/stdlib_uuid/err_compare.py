# Ordering a UUID against other types raises TypeError; equality just says False.
import uuid

u = uuid.UUID(int=1)
for other in (1, '00000000-0000-0000-0000-000000000001', None):
    print(u == other, u != other)
    try:
        print(u < other)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    uuid.uuid3(uuid.NAMESPACE_DNS, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    uuid.UUID(5)
except AttributeError as e:
    print(type(e).__name__, e)
