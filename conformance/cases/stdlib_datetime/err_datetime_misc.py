def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

from datetime import datetime, timedelta, time, date
show(lambda: datetime(2024, 1, 1, 24))
show(lambda: datetime(2024, 1, 1).replace(month=13))
show(lambda: datetime(2024, 1, 1, tzinfo=3))
show(lambda: datetime.max + timedelta(microseconds=1))
show(lambda: datetime.combine(1, time()))
show(lambda: datetime.combine(date(2024, 1, 1), 1))
show(lambda: datetime(2024, 1, 1).isoformat(timespec="days"))
show(lambda: datetime.fromisoformat(5))
