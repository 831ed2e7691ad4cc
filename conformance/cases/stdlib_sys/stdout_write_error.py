import sys
try:
    sys.stdout.write(42)
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.write(b"x")
except TypeError as e:
    print("TypeError", e)
