print(bytes("abc", "ascii"))
bytes("abc")
