def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import time
show(lambda: time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0)))
show(lambda: time.strftime("%Y", (2024, 1, 32, 0, 0, 0, 0, 1, 0)))
show(lambda: time.strftime("%Y", (2024, 1, 1, 24, 0, 0, 0, 1, 0)))
show(lambda: time.strftime("%Y", (2024, 1, 1, 0, 60, 0, 0, 1, 0)))
show(lambda: time.strftime("%Y", (2024, 1, 1, 0, 0, 62, 0, 1, 0)))
show(lambda: time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 367, 0)))
show(lambda: time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 1)))
show(lambda: time.strftime("%Y", [2024, 1, 1, 0, 0, 0, 0, 1, 0]))
show(lambda: time.strftime(5, (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
