import io
with io.StringIO("abc") as s:
    print(s.read(2), s.closed)
print(s.closed)
for op in (s.read, s.getvalue, s.tell, lambda: s.write("x")):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
