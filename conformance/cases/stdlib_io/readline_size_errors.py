import io
s = io.StringIO("abc\ndef")
try:
    s.read("2")
except TypeError as e:
    print("TypeError", e)
try:
    s.truncate(-1)
except ValueError as e:
    print("ValueError", e)
try:
    s.seek(0, 5)
except ValueError as e:
    print("ValueError", e)
try:
    s.seek(1.5)
except TypeError as e:
    print("TypeError", e)
print(repr(s.readline(None)))
