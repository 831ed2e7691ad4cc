from datetime import time, timezone, timedelta
for t in [time(), time(1, 2), time(1, 2, 3), time(1, 2, 0, 5), time(23, 59, 59, 999999), time(1, fold=1)]:
    print(repr(t), t, t.hour, t.minute, t.second, t.microsecond, t.fold)
t = time(12, 30, 15, 123456, tzinfo=timezone(timedelta(hours=-2)))
print(repr(t), t, t.utcoffset(), t.tzname(), t.dst())
for spec in ["hours", "minutes", "seconds", "milliseconds", "microseconds", "auto"]:
    print(spec, t.isoformat(spec))
print(time.min, time.max, repr(time.resolution), t.replace(hour=1, tzinfo=None))
print(time(1, 2, 3).strftime("%H|%I|%p|%f|%M|%S"), format(time(13, 5), "%I:%M %p"))
