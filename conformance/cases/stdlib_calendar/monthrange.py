import calendar
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2024, 12), (1, 1), (9999, 12)]:
    print(y, m, calendar.monthrange(y, m))
