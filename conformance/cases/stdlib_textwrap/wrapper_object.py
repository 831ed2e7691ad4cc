import textwrap
w = textwrap.TextWrapper(width=12, initial_indent="- ", subsequent_indent="  ")
items = ["first item text here", "second", "a rather longer third item"]
for item in items:
    print(w.fill(item))
w.width = 8
print(w.wrap("reuse the same wrapper"))
