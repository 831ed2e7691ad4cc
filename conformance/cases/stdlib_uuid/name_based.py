# uuid3 (MD5) and uuid5 (SHA-1) in the four standard namespaces.
import uuid

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
    a = uuid.uuid3(ns, 'python.org')
    b = uuid.uuid5(ns, 'python.org')
    print(a, a.version, b, b.version, b.variant)
print(uuid.uuid3(uuid.NAMESPACE_URL, 'https://example.com/ünï'))
