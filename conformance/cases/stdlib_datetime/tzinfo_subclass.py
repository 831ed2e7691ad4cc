from datetime import tzinfo, timedelta, datetime, timezone
class EST(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return "EST"
e = datetime(2024, 6, 1, 12, tzinfo=EST())
print(e.isoformat(), e.strftime("%Z %z"), e.astimezone(timezone.utc))
print(datetime(2024, 6, 1, 17, tzinfo=timezone.utc).astimezone(EST()).strftime("%c %Z"))
print(repr(e.utctimetuple()), e.timetuple().tm_isdst)
class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5
try:
    datetime(2024, 1, 1, tzinfo=Bad()).utcoffset()
except TypeError as exc:
    print("TypeError", exc)
try:
    tzinfo().utcoffset(None)
except NotImplementedError as exc:
    print("NotImplementedError", exc)
