from datetime import date
d = date(2024, 2, 29)
print(repr(d), d, d.year, d.month, d.day)
print(d.weekday(), d.isoweekday(), d.toordinal(), d.ctime())
print(repr(date.fromordinal(1)), repr(date.fromordinal(739000)))
print(date.min, date.max, repr(date.resolution))
print(d.replace(year=2025, day=28), d.replace(month=3))
