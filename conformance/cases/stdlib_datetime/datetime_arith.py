from datetime import datetime, timedelta
d = datetime(2024, 2, 28, 23, 30)
print(d + timedelta(hours=1), d + timedelta(days=1, minutes=30), d - timedelta(microseconds=1))
print(repr(datetime(2024, 3, 1) - d), datetime(2000, 1, 1) - datetime(2024, 1, 1, 12))
print(d > datetime(2024, 2, 28), d == datetime(2024, 2, 28, 23, 30, 0, 0), d != d + timedelta(1))
print(sorted([d, datetime(2023, 1, 1), datetime(2024, 2, 28, 23, 29)]))
print(datetime(2024, 1, 1) == datetime(2024, 1, 1).date(), hash(d) == hash(datetime(2024, 2, 28, 23, 30)))
