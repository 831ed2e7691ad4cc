print("ǆemal".title(), "ﬁre".upper(), "İstanbul".lower(), len("İ".lower()), "ß".upper(), "straße".casefold() == "strasse")
print("σ".upper(), "ΣΑΣ".lower(), "hello world".title(), "o'neil mc-donald".title())
