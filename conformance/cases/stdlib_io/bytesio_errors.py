import io
b = io.BytesIO()
try:
    b.write("text")
except TypeError as e:
    print("TypeError", e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print("ValueError", e)
try:
    io.BytesIO().seek(-1)
except ValueError as e:
    print("ValueError", e)
