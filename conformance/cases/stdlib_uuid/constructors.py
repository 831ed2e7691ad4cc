# Building UUIDs from bytes, bytes_le, fields and int gives the same value; version= sets bits.
import uuid

u = uuid.UUID('a8098c1a-f86e-11da-bd1a-00112444be1e')
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u)
print(uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID(int=0), uuid.UUID(int=2 ** 128 - 1))
v = uuid.UUID(int=0, version=4)
print(v, v.version, v.variant)
print(uuid.UUID(bytes=b'\x00' * 16, version=1).version)
print(uuid.UUID(hex='00000000000000000000000000000000', version=5))
