import calendar
print([y for y in range(1890, 1920) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
print(calendar.leapdays(1900, 2025), calendar.leapdays(2000, 2001), calendar.leapdays(2025, 1900))
