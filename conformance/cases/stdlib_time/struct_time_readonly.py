import time
t = time.gmtime(0)
try:
    t.tm_year = 5
except AttributeError as exc:
    print("AttributeError", exc)
try:
    t.nope
except AttributeError as exc:
    print("AttributeError", exc)
print(time.gmtime(0) == time.gmtime(0.5), time.gmtime(59.999)[5])
