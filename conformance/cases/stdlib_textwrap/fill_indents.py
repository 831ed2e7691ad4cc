import textwrap
s = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore."
print(textwrap.fill(s, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(s, width=25, initial_indent="    "))
print(textwrap.fill("short", 40, initial_indent="> ", subsequent_indent=">> "))
