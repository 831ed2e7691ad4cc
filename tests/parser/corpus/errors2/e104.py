x = (a, b
    c)
