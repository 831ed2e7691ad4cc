f(a: b)
