import textwrap
print(repr(textwrap.indent("a\nb\n\nc", "> ")))
print(repr(textwrap.indent("a\n b\n", "+", lambda line: True)))
print(textwrap.indent("one\ntwo", "    "))
