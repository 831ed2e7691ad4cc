from datetime import datetime, timedelta, timezone
ist = timezone(timedelta(hours=5, minutes=30))
a = datetime(2024, 1, 2, 3, 4, 5, tzinfo=ist)
b = datetime(2024, 1, 1, 21, 34, 5, tzinfo=timezone.utc)
print(a == b, hash(a) == hash(b), a - b, repr(a - datetime(2024, 1, 1, tzinfo=timezone.utc)))
print(a.astimezone(timezone.utc), b.astimezone(ist), a.astimezone(timezone(timedelta(hours=-8), "PST")))
print(a.utcoffset(), a.tzname(), a.dst(), a.isoformat(), a.isoformat(" ", "minutes"))
print(a.timestamp(), b.timestamp(), datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp())
print(datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=timezone.utc), a < datetime(2025, 1, 1, tzinfo=timezone.utc))
