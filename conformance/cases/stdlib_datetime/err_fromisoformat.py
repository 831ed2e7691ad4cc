def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

from datetime import date, datetime, time
show(lambda: date.fromisoformat("2024-1-1"))
show(lambda: date.fromisoformat(20240101))
show(lambda: date.fromisoformat("2024-02-30"))
show(lambda: date.fromisoformat("2024-W54-1"))
show(lambda: datetime.fromisoformat("2024-01-01T25:00"))
show(lambda: datetime.fromisoformat("2024-01-01T01:02+25:00"))
show(lambda: datetime.fromisoformat("2024-01-01Tab"))
show(lambda: time.fromisoformat("3:04"))
