import textwrap
print(repr(textwrap.dedent("    a\n      b\n   \n    c\n")))
print(repr(textwrap.dedent("\ta\n  b")), repr(textwrap.dedent("  x\n\n  y")))
print(textwrap.dedent("""
    def f():
        return 1
"""))
