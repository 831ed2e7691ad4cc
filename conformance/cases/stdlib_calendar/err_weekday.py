def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import calendar
show(lambda: calendar.setfirstweekday(9))
show(lambda: calendar.setfirstweekday(-1))
show(lambda: calendar.weekday(2024, 2, 30))
show(lambda: calendar.weekday(2024, 13, 1))
print(issubclass(calendar.IllegalWeekdayError, ValueError), calendar.error is ValueError)
