import datetime, copy
for v in [datetime.datetime(2024,1,1,tzinfo=datetime.timezone.utc), datetime.timedelta(3), datetime.date(2024,1,1), datetime.time(1,2,tzinfo=datetime.timezone(datetime.timedelta(hours=1), "A")), datetime.timezone.utc, datetime.timezone(datetime.timedelta(hours=-1)), datetime.date(2024,1,1).isocalendar()]:
    a = copy.copy(v); b = copy.deepcopy(v)
    print(repr(a), repr(b), a == v, b == v, type(a) is type(v))
print(copy.deepcopy([datetime.date(2024,1,1), {"k": datetime.timedelta(1)}]))
print(copy.copy(datetime.timezone.utc) is datetime.timezone.utc)
