print("hello world".capitalize(), "HELLO".capitalize(), "123abc".title(), "a-b_c d".title())
print("abc".isascii(), "é".isascii(), "Hello".swapcase(), " ".join("a  b".split(" ")))
