def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))
texts = ["", "a", "héllo", "日本😀x", "a\U0010ffff"]
for enc in ["utf-16", "utf-16-le", "utf-16-be", "UTF16", "utf_16_le", "utf-32", "utf-32-le", "utf-32-be", "utf32"]:
    for t in texts:
        show(enc + " " + repr(t), lambda: (t.encode(enc), t.encode(enc).decode(enc) == t))
for label, f in [
    ("bom odd", lambda: b"\xff\xfea".decode("utf-16")),
    ("odd", lambda: b"a".decode("utf-16")),
    ("trunc", lambda: b"a\x00b".decode("utf-16-le")),
    ("bad pair", lambda: b"\x00\xd8a\x00".decode("utf-16-le")),
    ("lone low", lambda: b"\x00\xdca\x00".decode("utf-16-le")),
    ("end high", lambda: b"\x00\xd8".decode("utf-16-le")),
    ("end high 3", lambda: b"\x00\xd8a".decode("utf-16-le")),
    ("be bom trunc", lambda: b"\xfe\xff\x00a\x00".decode("utf-16")),
    ("u32 be bom", lambda: b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32")),
    ("u32 trunc", lambda: b"abc".decode("utf-32")),
    ("u32 range", lambda: b"\x00\x00\x11\x00".decode("utf-32-le")),
    ("u32 surr", lambda: b"\x00\xd8\x00\x00".decode("utf-32-le")),
    ("replace", lambda: b"\x00\xd8".decode("utf-16-le", "replace")),
    ("replace2", lambda: b"a\x00b".decode("utf-16-le", "replace")),
    ("ignore", lambda: b"a\x00\x00\xdcb\x00".decode("utf-16-le", "ignore")),
    ("enc surr", lambda: "\ud800".encode("utf-16")),
    ("enc surr32", lambda: "a\ud800".encode("utf-32")),
    ("enc replace", lambda: "\ud800a".encode("utf-16", "replace")),
    ("enc bsr", lambda: "\ud800a".encode("utf-16-le", "backslashreplace")),
    ("str()", lambda: str(b"a\x00b\x00", "utf-16-le")),
    ("bytes()", lambda: bytes("hé", "utf-16-be")),
]:
    show(label, f)
