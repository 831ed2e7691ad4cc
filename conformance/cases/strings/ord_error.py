print(ord("a"), chr(97), chr(0x1F600), ord("€"))
ord("ab")
