f(x))
