print((1024).to_bytes(4, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\x00\x10", "big"))
print((300).to_bytes(1, "big"))
