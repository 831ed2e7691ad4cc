s = "Hello World ßtraße"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print("hello world".title(), "they're bill's".title(), "ABC".isupper(), "abc".islower(), "Ab Cd".istitle())
