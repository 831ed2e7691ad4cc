import sys
try:
    sys.no_such_thing
except AttributeError as e:
    print("AttributeError", e)
try:
    sys.version_info.nope
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(sys, "getrecursionlimit"), hasattr(sys, "nonexistent"))
