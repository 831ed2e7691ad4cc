if (n := len(a)) > 10: pass
while chunk := f.read(): pass
print(y := 1)
[y := f(x), y**2]
f(x := 1, y=2)
