from datetime import timedelta
print(timedelta(hours=1.5, minutes=0.25), timedelta(days=1.23456789), timedelta(seconds=1.5e-6))
print(timedelta(microseconds=2.5), timedelta(microseconds=3.5), timedelta(microseconds=-0.5))
print(timedelta(weeks=1, days=-0.5, milliseconds=1).total_seconds(), timedelta(days=365).total_seconds())
print(timedelta(1) * 0.3333, 2.5 * timedelta(seconds=3), timedelta(1) / 3, timedelta(1) / 0.7)
