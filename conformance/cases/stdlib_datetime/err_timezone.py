def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

from datetime import timezone, timedelta, datetime
show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(-timedelta(hours=24)))
show(lambda: timezone(3))
show(lambda: timezone(timedelta(hours=1), 5))
show(lambda: timezone.utc.utcoffset(5))
show(lambda: timezone.utc.fromutc(datetime(2024, 1, 1)))
show(lambda: timezone.utc.fromutc(5))
show(lambda: timezone.utc.tzname(3))
show(lambda: timezone.utc.dst(3))
