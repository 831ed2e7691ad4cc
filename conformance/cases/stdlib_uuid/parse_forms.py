# UUID() accepts hex with or without dashes, braces, and the urn:uuid: prefix.
import uuid

forms = ['{12345678-1234-5678-1234-567812345678}', '12345678123456781234567812345678',
         'urn:uuid:12345678-1234-5678-1234-567812345678', '12345678-1234-5678-1234-567812345678',
         '12345678-1234-5678-1234-56781234567A'.lower(), 'ABCDEF00-0000-0000-0000-00000000FFFF']
for f in forms:
    u = uuid.UUID(f)
    print(u, repr(u))
