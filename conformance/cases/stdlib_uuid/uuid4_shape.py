# uuid4 values are version 4, RFC 4122 variant, and distinct (values themselves not printed).
import uuid

seen = set()
for _ in range(20):
    u = uuid.uuid4()
    seen.add(u)
    assert u.version == 4 and u.variant == uuid.RFC_4122
print(len(seen), len(str(u)), str(u)[14], isinstance(u, uuid.UUID))
