def loud(v):
    print("evaluated", v)
    return v
x = loud(1) if loud(0) else loud(2)
print(x)
y = loud("a") if loud([1]) else loud("b")
print(y)
print(loud(0) or loud(0) or "fallback")
