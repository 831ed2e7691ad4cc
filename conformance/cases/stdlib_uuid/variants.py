# variant and version for each variant bit pattern.
import uuid

for top in (0x0, 0x8, 0xc, 0xe):
    u = uuid.UUID(int=(0x1 << 76) | (top << 60))
    print(u, u.variant, u.version)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep='|')
