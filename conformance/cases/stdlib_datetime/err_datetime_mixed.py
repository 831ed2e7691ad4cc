def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

from datetime import datetime, date, timezone
naive = datetime(2024, 1, 1)
aware = datetime(2024, 1, 1, tzinfo=timezone.utc)
show(lambda: naive < aware)
show(lambda: aware >= naive)
show(lambda: naive - aware)
show(lambda: date(2024, 1, 1) < naive)
show(lambda: naive > date(2024, 1, 1))
show(lambda: datetime.max + (aware - naive.replace(tzinfo=timezone.utc) + (datetime.max - datetime.min)))
