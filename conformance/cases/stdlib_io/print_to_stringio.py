import io
buf = io.StringIO()
print("x", 1, [2], sep="-", file=buf)
print("second", end="!", file=buf)
print(repr(buf.getvalue()))
