print(chr(65), chr(8364), ord("A"), ord("\n"), ord("😀"), [chr(c) for c in range(97, 102)], "".join(chr(ord(c) + 1) for c in "HAL"))
chr(-1)
