def many():
    raise ExceptionGroup("batch failed", [ValueError("bad 1"), TypeError("bad 2"), ValueError("bad 3")])
try:
    many()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
print("done")
