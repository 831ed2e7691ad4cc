import hashlib
for data in [b'', b'abc', b'message digest', b'abcdefghijklmnopqrstuvwxyz', b'a' * 1000]:
    print(hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest())
