from datetime import datetime, timezone, timedelta
d = datetime(2024, 1, 2, 3, 4, 5, 60)
print(d.strftime("%Y-%m-%d %H:%M:%S.%f %z|%Z| %a %A %b %B %j %p %y %I %%"))
print(d.strftime("%c"), d.strftime("%x"), d.strftime("%X"))
a = d.replace(tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
print(a.strftime("%z %Z"), d.replace(tzinfo=timezone.utc).strftime("%z %Z"))
print(d.replace(tzinfo=timezone(timedelta(hours=1), "CET")).strftime("%H:%M %Z %z"))
print(datetime(2024, 1, 2, 15).strftime("%I %p"), datetime(2024, 1, 2, 0).strftime("%I %p"), f"{d:%d.%m.%Y}", f"{d}")
