import textwrap
print(textwrap.wrap("tab\there\nnew  line", 8), textwrap.wrap("", 5), textwrap.wrap("   ", 5))
print(textwrap.wrap("one two three four five six", 9, max_lines=2))
print(textwrap.wrap("Hi. There you go. Ok!", 40, fix_sentence_endings=True))
print(textwrap.wrap("a  b   c", 3, drop_whitespace=False))
print(textwrap.wrap("x\ty", 10, expand_tabs=False, replace_whitespace=False))
