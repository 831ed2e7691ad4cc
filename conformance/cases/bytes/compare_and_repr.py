print(b"abc" < b"abd", b"a" == "a", b"" == bytes(), repr(b"'\""), repr(b"\t\n\r\x0b"), repr(bytearray(b"x'")))
print(sorted([b"b", b"a", b"ab"]), b"abc"[::2], bytes(reversed(b"abc")), max(b"abc"))
