import io
b = io.StringIO()
print(b.write("hello\n"), b.write("world\nlast"))
print(repr(b.getvalue()), b.tell())
b.seek(0)
print(repr(b.readline()), repr(b.read(3)), repr(b.read()), repr(b.read()))
