import sys
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    sys.setrecursionlimit("10")
except TypeError as e:
    print("TypeError", e)
print(sys.getrecursionlimit())
