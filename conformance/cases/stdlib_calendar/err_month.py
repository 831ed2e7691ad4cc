def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import calendar
show(lambda: calendar.monthrange(2024, 13))
show(lambda: calendar.monthrange(2024, 0))
show(lambda: calendar.monthcalendar(2024, 13))
e = calendar.IllegalMonthError(14)
print(isinstance(e, ValueError), e.month, str(e))
