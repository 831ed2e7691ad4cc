print(bytes([0, 255]))
bytes([256])
