from datetime import datetime, date, time, timezone
d = datetime(2024, 7, 14, 15, 16, 17, 181920)
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.fold)
print(repr(d.date()), repr(d.time()), repr(d.timetz()), d.weekday(), d.isocalendar(), d.toordinal())
print(repr(datetime.combine(date(2024, 1, 2), time(3, 4, tzinfo=timezone.utc))))
print(repr(datetime.combine(date(2024, 1, 2), time(3, 4, tzinfo=timezone.utc), tzinfo=None)))
print(repr(d.replace(year=2000, microsecond=0)), repr(d.replace(tzinfo=timezone.utc)), d.ctime())
print(isinstance(d, date), repr(d.timetuple()), repr(d.utctimetuple()))
