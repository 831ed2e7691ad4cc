def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for b in [b"", b"abc", b"Hello World", b"  a b  ", b"\x00\xff'\"", b"it's", b"a,b,,c", b"\t\n\r\\"]:
    print(repr(b), len(b), b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), list(b)[:4])
    print(" ", b.isalnum(), b.isalpha(), b.isascii(), b.isdigit(), b.islower(), b.isspace(), b.isupper())
    print(" ", b.split(), b.rsplit(None, 1), b.split(b",", 1), b.strip(), b.lstrip(b"a "), b.rstrip(b"c "), b.hex(), b.hex(":"))
    print(" ", b.find(b"l"), b.rfind(108), b.count(b"l"), b.startswith((b"a", b"H")), b.endswith(b"d"), b.partition(b" "), b.rpartition(b" "))
    print(" ", b.replace(b"l", b"L"), b[::-1], b[1:3], b * 2, b + b"!", b.center(12, b"*"), b.ljust(10), b.rjust(10, b"-"))
    print(" ", b.decode("latin-1"), b"-".join([b, b]), b"l" in b, 108 in b, bytearray(b), bytes(bytearray(b)))
ba = bytearray(b"hello")
ba.append(33); ba.extend(b"??"); ba.extend([65, 66]); ba[0] = 72; ba[1:3] = b"EY"; del ba[-1]
print(ba, ba.pop(), ba.pop(0), len(ba), ba.decode(), ba + b"x", b"x" + ba, ba * 2, ba == bytes(ba), ba.upper())
ba.insert(0, 95); ba.reverse(); ba.remove(95); print(ba, ba.copy(), ba[::2], ba[1], ba.hex())
ba += b"+"; ba *= 2; print(ba)
print(bytes(3), bytes([1, 2, 255]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"x"), bytes(), bytearray(3))
print(bytes.fromhex("01 ff aB"), bytearray.fromhex("00"), b"\x01\x02\x03\x04\x05".hex(":", 2), b"\x01\x02\x03\x04\x05".hex("-", -2))
print(b"%d-%s-%x" % (5, b"ab", 255), b"%05.1f" % 3.14159, b"%c%c" % (65, b"B"), b"%r|%a" % ("é", b"x"), b"%(k)s" % {b"k": b"v"})
print(b"a" < b"b", b"ab" < b"a", b"a" == bytearray(b"a"), hash(b"abc") == hash(b"ab" + b"c"), sorted([b"b", b"a", b"ab"]))
KEY = [1]
for label, f in [("concat int", lambda: b"a" + 1), ("concat str", lambda: b"a" + "a"), ("mul float", lambda: b"a" * 1.5),
                 ("in str", lambda: "a" in b"a"), ("in big", lambda: 300 in b"a"), ("index", lambda: b"a"[5]),
                 ("index type", lambda: b"a"[KEY]), ("ba index", lambda: bytearray(b"a")[5]), ("range", lambda: bytes([256])),
                 ("neg", lambda: bytes([-1])), ("str item", lambda: bytes(["a"])), ("no enc", lambda: bytes("a")),
                 ("neg count", lambda: bytes(-1)), ("float", lambda: bytes(1.5)), ("bad enc", lambda: bytes("a", "foo")),
                 ("enc no str", lambda: bytes(b"a", "utf-8")), ("decode type", lambda: b"a".decode(1)), ("find float", lambda: b"a".find(1.5)),
                 ("find big", lambda: b"a".find(300)), ("join int", lambda: b"a".join([1])), ("join noniter", lambda: b"a".join(5)),
                 ("split int", lambda: b"a".split(1)), ("strip int", lambda: b"a".strip(1)), ("replace int", lambda: b"a".replace(1, 2)),
                 ("fromhex bad", lambda: bytes.fromhex("zz")), ("fromhex odd", lambda: bytes.fromhex("a")), ("fromhex type", lambda: bytes.fromhex(1)),
                 ("startswith int", lambda: b"a".startswith(1)), ("append big", lambda: bytearray(b"a").append(256)), ("pop empty", lambda: bytearray().pop()),
                 ("pop range", lambda: bytearray(b"abc").pop(5)), ("extend int", lambda: bytearray(b"a").extend(5)), ("extend big", lambda: bytearray(b"a").extend([300])),
                 ("hash ba", lambda: hash(bytearray())), ("cmp str", lambda: b"a" < "a"), ("index miss", lambda: b"a".index(b"x")),
                 ("hex sep", lambda: b"x".hex("::")), ("rjust fill", lambda: b"a".rjust(3, b"xy")), ("pct str", lambda: b"%s" % "str"),
                 ("pct few", lambda: b"%d %d" % (1,)), ("pct many", lambda: b"%d" % (1, 2)), ("pct c", lambda: b"%c" % 256),
                 ("setitem big", lambda: bytearray(b"a").__setitem__(0, 256))]:
    show(label, f)
