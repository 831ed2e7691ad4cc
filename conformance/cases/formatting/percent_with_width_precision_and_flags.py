for v in [0, 7, -7, 3.14159, 1e10]:
    print("%5d|%-5d|%05d|%+.2f|%10.3e|%-8.1f|%#o|%x" % (v, v, v, v, v, v, int(v), int(v)))
