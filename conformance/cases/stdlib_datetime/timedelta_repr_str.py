from datetime import timedelta
for td in [timedelta(days=1, seconds=3), timedelta(0), timedelta(), timedelta(microseconds=-1),
           timedelta(days=-1, seconds=3), timedelta(weeks=2, hours=25, minutes=61, milliseconds=1500),
           timedelta(days=-3), timedelta(seconds=86399, microseconds=999999)]:
    print(repr(td), "|", td, "|", td.days, td.seconds, td.microseconds)
print(timedelta.min, timedelta.max, repr(timedelta.resolution))
