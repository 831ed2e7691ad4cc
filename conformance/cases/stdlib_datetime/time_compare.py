from datetime import time, timezone, timedelta
utc = timezone.utc
plus1 = timezone(timedelta(hours=1))
print(time(1, 2) < time(1, 3), time(1, 2) == time(1, 2, 0), time(2, tzinfo=plus1) == time(1, tzinfo=utc))
print(time(1, tzinfo=utc) == time(1), time(1) != time(1, tzinfo=utc), time(0, 30, tzinfo=plus1) < time(0, tzinfo=utc))
print(hash(time(2, tzinfo=plus1)) == hash(time(1, tzinfo=utc)), bool(time(0)))
for s in ["03:04", "03:04:05.5", "0304", "T03:04:05+01:00", "12:00:00.123456789Z"]:
    print(repr(time.fromisoformat(s)))
