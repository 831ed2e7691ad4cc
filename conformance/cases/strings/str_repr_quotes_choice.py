for s in ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "\x07bell", "uni\u00a0nbsp", "tab\t", "\U0001F600", "\ud800"[:0] + "x"]:
    print(repr(s))
