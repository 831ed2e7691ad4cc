import time
t = time.gmtime(1700000000)
print(repr(t))
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(len(t), t[0], t[-1], tuple(t)[:3], t.tm_zone, t.tm_gmtoff)
