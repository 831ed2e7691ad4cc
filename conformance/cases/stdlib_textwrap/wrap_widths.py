import textwrap
s = "The quick brown fox jumps over the lazy dog. A well-known pangram -- used for type-setting tests, e.g. in long-winded over-the-top documents!"
for w in (10, 15, 20, 33, 50, 200):
    print(textwrap.wrap(s, w))
