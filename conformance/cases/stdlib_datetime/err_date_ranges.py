def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

from datetime import date, timedelta
show(lambda: date.max + timedelta(days=1))
show(lambda: date.min - timedelta(days=1))
show(lambda: date.fromordinal(0))
show(lambda: date.fromisocalendar(2024, 53, 1))
show(lambda: date.fromisocalendar(2024, 1, 8))
show(lambda: date.fromisocalendar(0, 1, 1))
show(lambda: date(2024, 1, 1).strftime(5))
