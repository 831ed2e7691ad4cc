import textwrap
try:
    textwrap.wrap(None)
except AttributeError as e:
    print("AttributeError", e)
try:
    textwrap.TextWrapper(widht=5)
except TypeError as e:
    print("TypeError", e)
try:
    textwrap.wrap("x", width=5, max_lines=1, placeholder=" [too long placeholder]")
except ValueError as e:
    print("ValueError", e)
