import calendar, time
print(calendar.timegm((2024, 1, 2, 3, 4, 5, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.timegm(time.gmtime(1700000000)), calendar.timegm((2024, 1, 31, 25, 61, 61)))
print(calendar.timegm((1, 1, 1, 0, 0, 0)))
