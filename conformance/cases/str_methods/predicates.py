for s in ["123", "12.3", "abc", "abc123", "", " ", "ABC", "Ab", "²", "½", "٣", "_x", "x1", "1x"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isidentifier())
