import textwrap
try:
    textwrap.fill(123)
except AttributeError as e:
    print("AttributeError", e)
try:
    textwrap.dedent(None)
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
try:
    textwrap.indent("a", None)
except TypeError as e:
    print("TypeError", e)
try:
    textwrap.shorten("text")
except TypeError as e:
    print("TypeError", e)
