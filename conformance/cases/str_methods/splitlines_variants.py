s = "a\rb\r\nc\x0bd\x0ce\x1cf\u2028g\n"
print(s.splitlines())
print(s.split("\n"))
print("one\n\ntwo\n".splitlines(keepends=True))
