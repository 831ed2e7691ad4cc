import textwrap
for width in (0, -3):
    try:
        textwrap.wrap("x", width)
    except ValueError as e:
        print("ValueError", e)
try:
    textwrap.shorten("hello world", 3)
except ValueError as e:
    print("ValueError", e)
