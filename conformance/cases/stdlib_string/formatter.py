import string
f = string.Formatter()
print(f.format("{0} {x!r} {1:>4}|", 1, 2, x="s"))
print(f.format("{} and {}", "a", "b"), f.format("{p[0]} {p[1]}", p=[5, 6]))
print(list(f.parse("a{0}b{x:>3}c")))
