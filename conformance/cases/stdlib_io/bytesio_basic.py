import io
b = io.BytesIO(b"ab\ncd")
print(b.readline(), b.read(), b.write(b"xyz"), b.getvalue(), b.tell())
b.seek(-2, 2)
print(b.read())
b.seek(0)
print(b.read(2), list(io.BytesIO(b"1\n2\n")))
