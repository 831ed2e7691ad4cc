import hashlib
h = hashlib.sha256()
for i in range(100):
    h.update(bytes([i]) * i)
whole = hashlib.sha256(b''.join(bytes([i]) * i for i in range(100)))
print(h.hexdigest() == whole.hexdigest(), h.hexdigest())
h.update(b'')
print(h.digest() == whole.digest(), len(h.digest()))
m = hashlib.md5(b'first')
print(m.hexdigest(), m.hexdigest())
m.update(bytearray(b' second'))
print(m.hexdigest())
