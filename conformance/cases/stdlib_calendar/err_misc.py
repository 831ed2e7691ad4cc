def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import calendar
show(lambda: calendar.timegm((2024, 13, 1, 0, 0, 0)))
show(lambda: calendar.timegm((2024, 1)))
show(lambda: calendar.month_name[13])
show(lambda: calendar.isleap("2024"))
