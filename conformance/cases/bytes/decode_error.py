print(b"\xc3\xa9".decode("utf-8"))
b"\xff\xfe".decode("utf-8")
