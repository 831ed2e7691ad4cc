from datetime import datetime, timezone, timedelta, date
print(repr(datetime.fromtimestamp(1700000000.25, timezone.utc)))
print(repr(datetime.fromtimestamp(1700000000, timezone(timedelta(hours=5, minutes=30)))))
print(repr(datetime.fromtimestamp(-1.5, tz=timezone.utc)), repr(datetime.fromtimestamp(0, timezone.utc)))
print(datetime(2024, 1, 2, 3, 4, 5, 500000, tzinfo=timezone.utc).timestamp())
print(datetime(1969, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-1))).timestamp())
print(repr(datetime.fromtimestamp(253402300799, timezone.utc)))
try:
    datetime.fromtimestamp(1e20, timezone.utc)
except OverflowError as exc:
    print("OverflowError", exc)
