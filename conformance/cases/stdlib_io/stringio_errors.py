import io
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError", e)
try:
    io.StringIO().seek(-1)
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO(5)
except TypeError as e:
    print("TypeError", e)
try:
    io.StringIO("ab").seek(1, 1)
except OSError as e:
    print("OSError", e)
