def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

from datetime import date
show(lambda: date(0, 1, 1))
show(lambda: date(10000, 1, 1))
show(lambda: date(2024, 13, 1))
show(lambda: date(2023, 2, 29))
show(lambda: date(2024, 4, 31))
show(lambda: date(2024.0, 1, 1))
show(lambda: date("2024", 1, 1))
show(lambda: date(2024, 1, 1).replace(day=0))
