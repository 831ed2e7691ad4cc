print(repr("ab".center(7, "*")), repr("ab".ljust(5)), repr("ab".rjust(5, "0")), "42".zfill(5), "-42".zfill(6), "+7".zfill(4))
print(repr("abc".center(2)), repr("x".center(4)), repr("a\tb\tc".expandtabs(4)))
