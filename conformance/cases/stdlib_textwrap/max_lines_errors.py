import textwrap
try:
    textwrap.wrap("one two three", width=4, max_lines=2, placeholder="......")
except ValueError as e:
    print("ValueError", e)
print(textwrap.wrap("one two three four", width=10, max_lines=1))
print(textwrap.fill("one two three four five", width=12, max_lines=2, placeholder="~"))
try:
    textwrap.wrap("abc", width=2.5)
except TypeError as e:
    print("TypeError", e)
