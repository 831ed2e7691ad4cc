for data, enc in [(b"\xff", "utf-8"), (b"ab\xe2\x82", "utf-8"), (b"a\xe2\x28", "utf-8"), (b"x\x80", "ascii"), (b"a\x00b", "utf-16-le")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.args, str(e), repr(e)[:40])
    try:
        str(data, enc)
    except ValueError as e:
        print(isinstance(e, UnicodeError), e)
