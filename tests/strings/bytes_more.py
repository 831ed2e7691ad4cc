def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))
show("maketrans", lambda: bytes.maketrans(b"ab", b"xy")[97:100])
show("translate del", lambda: b"abc".translate(None, b"b"))
show("translate", lambda: b"abc".translate(bytes.maketrans(b"a", b"z")))
show("translate ba", lambda: bytearray(b"abc").translate(bytes.maketrans(b"a", b"z"), b"c"))
show("translate short", lambda: b"abc".translate(b"x"))
show("maketrans len", lambda: bytes.maketrans(b"a", b"bc"))
show("maketrans type", lambda: bytes.maketrans(1, 2))
show("splitlines", lambda: b"a\nb\r\nc\rd".splitlines())
show("splitlines keep", lambda: b"a\nb\r\n".splitlines(True))
show("splitlines kw", lambda: b"a\nb".splitlines(keepends=True))
show("zfill", lambda: (b"-1".zfill(5), b"+".zfill(3), b"abc".zfill(2), bytearray(b"7").zfill(3)))
show("expandtabs", lambda: (b"a\tb".expandtabs(), b"ab\tc\nd\te".expandtabs(4), b"\t".expandtabs(0)))
show("istitle", lambda: (b"Ab Cd".istitle(), b"AB".istitle(), b"".istitle(), b"a B".istitle()))
