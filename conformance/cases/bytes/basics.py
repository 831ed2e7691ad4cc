b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]), b"ab" + b"cd", b"ab" * 2, b"ell" in b, 104 in b)
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes.fromhex("de ad be ef"), b"\x01\x02".hex(), b"abc".hex(":"))
