# UUIDs compare by their int value, hash consistently and work as dict keys / in sets.
import uuid

a = uuid.UUID(int=5)
b = uuid.UUID(int=3)
c = uuid.UUID('00000000-0000-0000-0000-000000000005')
print(a == c, a != b, a > b, b < a, a >= c, b <= c)
print(sorted([a, b, uuid.UUID(int=4)]))
print(hash(a) == hash(c), len({a, b, c}), {a: 'x'}[c])
print(a == 5, a != 'x')
print(max([a, b]))
