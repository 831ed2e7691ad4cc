import io
s = io.StringIO()
print(s.readable(), s.writable(), s.seekable(), s.isatty())
s.writelines(["a", "b", "c"])
print(s.getvalue(), isinstance(s, io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
