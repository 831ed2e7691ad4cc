b = b"hello world"
print(b.title(), b.capitalize(), b.center(15, b"*"), b.split(), b.partition(b" "), b.zfill(13), b.count(b"o"), b.endswith(b"ld"))
print(b.find(111), b.index(b"w"), b.rjust(12), bytes.fromhex("0a0B"), b"ab".hex("-", 1), b"\x00\x01\xfe".hex())
print(bytes.fromhex("zz"))
