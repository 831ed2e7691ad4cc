import textwrap
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("a-b-c-d-e-f-g-h-i-j-k-l-m-n", 5))
print(textwrap.wrap("abc-defgh-ijklmnop", 6))
print(textwrap.wrap("abc-defgh-ijklmnop", 6, break_on_hyphens=False))
