# Every derived attribute of a UUID.
import uuid

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le)
print(u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.version, u.variant, int(u))
