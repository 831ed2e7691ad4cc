from datetime import timezone, timedelta, datetime
print(repr(timezone.utc), str(timezone.utc), timezone(timedelta(0)) is timezone.utc)
for tz in [timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-3), "X"),
           timezone(timedelta(hours=-3, seconds=-5)), timezone(timedelta(microseconds=1)), timezone(timedelta(0), "Z0")]:
    print(repr(tz), "|", tz, "|", tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "A"), timezone.min, timezone.max)
d = datetime(2024, 1, 1, tzinfo=timezone.utc)
plus2 = timezone(timedelta(hours=2))
print(repr(plus2.fromutc(d.replace(tzinfo=plus2))))
