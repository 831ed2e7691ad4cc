print("tab\there", 'quote\'s', "new\nline", r"raw\n", "\x41\u00e9\U0001F600")
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\t\n\\"), repr("\x00\x7f"), repr("é☃"))
print("""triple
quoted""", '''single''' "concat" 'ed')
