from datetime import datetime, timezone, timedelta
for d in [datetime(2024, 1, 2, 3, 4, 5), datetime(2024, 1, 2), datetime(2024, 1, 2, 0, 0, 0, 7),
          datetime(2024, 1, 2, 3, 4, 0, 0), datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
          datetime(2024, 1, 2, fold=1), datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=5, minutes=30)))]:
    print(repr(d), "|", d)
print(datetime.min, repr(datetime.max), repr(datetime.resolution))
