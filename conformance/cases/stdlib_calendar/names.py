import calendar
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr))
print(calendar.month_abbr[1:4], calendar.day_name[-1], len(calendar.month_name), len(calendar.day_abbr))
print(calendar.month_name[12], calendar.day_abbr[0])
