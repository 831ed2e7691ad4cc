def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import time
show(lambda: time.gmtime("x"))
show(lambda: time.gmtime(1e20))
show(lambda: time.gmtime(float("nan")))
show(lambda: time.struct_time((1, 2)))
show(lambda: time.struct_time(range(12)))
show(lambda: time.asctime((2024, 1, 1, 0, 0, 0, 0, 1.5, 0)))
