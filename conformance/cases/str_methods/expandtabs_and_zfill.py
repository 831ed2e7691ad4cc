print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb".expandtabs(1)), repr("\t".expandtabs(0)), repr("ab\n\tc".expandtabs(4)))
print("abc".zfill(2), "".zfill(3), "-".zfill(3), "+-1".zfill(5), "1.5".zfill(6))
