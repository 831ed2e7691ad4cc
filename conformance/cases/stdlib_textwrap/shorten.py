import textwrap
print(textwrap.shorten("Hello  world!  This is a test", 12))
print(textwrap.shorten("Hello world", 11))
print(textwrap.shorten("Hello  world!  This is a test", 15, placeholder="..."))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=30, placeholder=" (more)"))
