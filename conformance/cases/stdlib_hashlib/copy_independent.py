import hashlib
a = hashlib.sha1(b'common prefix ')
b = a.copy()
a.update(b'left')
b.update(b'right')
print(a.hexdigest(), b.hexdigest())
print(hashlib.sha1(b'common prefix left').hexdigest() == a.hexdigest())
c = hashlib.sha512(b'x').copy()
print(c.name, c.hexdigest()[:32])
