import io
s = io.StringIO("one\ntwo\n\nthree")
print(s.readlines())
s.seek(0)
print([line for line in s])
s.seek(0)
print(s.readline(2), repr(s.readline()), s.readlines(1))
