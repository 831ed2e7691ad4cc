def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import time
show(lambda: time.sleep(-1))
show(lambda: time.sleep("a"))
show(lambda: time.sleep(float("nan")))
show(lambda: time.sleep(-0.5))
