def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

from datetime import timedelta
show(lambda: timedelta(days=1000000000))
show(lambda: timedelta.max + timedelta(1))
show(lambda: timedelta(days="1"))
show(lambda: timedelta(1) // 0)
show(lambda: timedelta(1) / 0)
show(lambda: timedelta(1) % timedelta(0))
show(lambda: timedelta.max * 2)
show(lambda: divmod(timedelta(1), timedelta(0)))
show(lambda: timedelta(1) / timedelta(0))
show(lambda: timedelta(1) / 0.0)
