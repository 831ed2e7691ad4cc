def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

from datetime import time, timezone
show(lambda: time(24))
show(lambda: time(1, 60))
show(lambda: time(1, 1, 60))
show(lambda: time(1, 1, 1, 1000000))
show(lambda: time(fold=2))
show(lambda: time(-1))
show(lambda: time(1, 2) < time(1, 2, tzinfo=timezone.utc))
show(lambda: time(1).isoformat(timespec="x"))
show(lambda: time(1, tzinfo=3))
