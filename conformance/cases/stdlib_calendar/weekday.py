import calendar
print(calendar.weekday(2024, 1, 1), calendar.weekday(1970, 1, 1), calendar.weekday(2000, 2, 29))
print(calendar.weekday(10000, 1, 1), calendar.weekday(12345, 6, 7), calendar.weekday(0, 3, 1))
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February)
