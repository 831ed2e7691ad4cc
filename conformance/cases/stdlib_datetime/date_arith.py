from datetime import date, timedelta
d = date(2024, 1, 31)
print(d + timedelta(days=30), timedelta(days=1) + d, d - timedelta(days=366))
print(repr(date(2024, 3, 1) - date(2023, 3, 1)), date(2000, 1, 1) - date(2024, 1, 1))
print(d + timedelta(hours=47), d - timedelta(seconds=1))
print(date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) != date(2023, 1, 1))
print(sorted([date(2024, 5, 1), date(1999, 12, 31), date(2024, 1, 1)]))
print(date(2024, 1, 1) == 5, len({date(2024, 1, 1), date(2024, 1, 1)}))
