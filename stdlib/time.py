"""time for Corral: calendar conversions and the run's monotonic clock.

Corral reads no clock of its own: monotonic() and perf_counter() read the
run's clock hook (the one its time limit uses), and there is no wall clock,
so time()/time_ns() and the no-argument forms of gmtime()/localtime()/
strftime() raise RuntimeError.  Local time is UTC.  sleep() waits on the
run's clock while ticking, so it counts against the run's time limit.
"""
import _corral_clock

_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")


class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _zone = None
    _gmtoff = None

    def __new__(cls, seq, dict=None):
        values = tuple(seq)
        if len(values) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(values))
        if len(values) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(values))
        if len(values) > 9 and cls is struct_time:
            # Corral's tuple subclasses carry no instance dict, so the zone
            # rides on a subclass (only gmtime/localtime build these).
            cls = _GMT_struct_time if values[9] == "GMT" else _UTC_struct_time
        return tuple.__new__(cls, values[:9])

    def __repr__(self):
        parts = ", ".join("%s=%r" % (name, value) for name, value in zip(_FIELDS, self))
        return "time.struct_time(%s)" % parts

    def __getattr__(self, name):
        if name in _FIELDS:
            return self[_FIELDS.index(name)]
        if name == "tm_zone":
            return type(self)._zone
        if name == "tm_gmtoff":
            return type(self)._gmtoff
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __reduce__(self):
        return (struct_time, (tuple(self), {}))


class _GMT_struct_time(struct_time):
    _zone = "GMT"
    _gmtoff = 0


class _UTC_struct_time(struct_time):
    _zone = "UTC"
    _gmtoff = 0


_GMT_struct_time.__name__ = _UTC_struct_time.__name__ = "struct_time"


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_from_days(days):
    """Proleptic Gregorian (year, month, day) from days since 1970-01-01."""
    n = days + 719162  # days since 0001-01-01
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - preceding + 1


def _as_seconds(secs):
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float("inf"), float("-inf")) or abs(secs) > 9.2e18:
            raise OverflowError("timestamp out of range for platform time_t")
        whole = int(secs)
        return whole if whole <= secs else whole - 1
    if isinstance(secs, int):
        if abs(secs) > 2 ** 63 - 1:
            raise OverflowError("timestamp out of range for platform time_t")
        return secs
    if hasattr(type(secs), "__index__"):
        return secs.__index__()
    if hasattr(type(secs), "__float__"):
        return _as_seconds(float(secs))
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)


def _no_wall_clock():
    raise RuntimeError("the host provides no wall clock")


def time():
    _no_wall_clock()


def time_ns():
    _no_wall_clock()


def monotonic_ns():
    return _corral_clock.monotonic_ns()


def monotonic():
    return _corral_clock.monotonic_ns() / 1e9


perf_counter_ns = monotonic_ns
perf_counter = monotonic
process_time_ns = monotonic_ns
process_time = monotonic


def sleep(secs):
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
    else:
        secs = _as_seconds(secs)
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    _corral_clock.sleep_ns(int(secs * 1e9))


def gmtime(secs=None):
    if secs is None:
        _no_wall_clock()
    secs = _as_seconds(secs)
    days, rest = divmod(secs, 86400)
    if not -719162 <= days <= 2932896 * 1000:
        raise OverflowError("timestamp out of range for platform time_t")
    year, month, day = _ymd_from_days(days)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    yday = _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year)) + day
    wday = (days + 3) % 7
    return struct_time((year, month, day, hour, minute, second, wday, yday, 0, "GMT", 0))


def localtime(secs=None):
    if secs is None:
        _no_wall_clock()
    t = gmtime(secs)
    return struct_time(tuple(t) + ("UTC", 0))


def mktime(t):
    t = _checked_tuple(t, "mktime")
    year, month, day, hour, minute, second = t[:6]
    month -= 1
    year += month // 12
    month = month % 12 + 1
    days = (_days_before_year(year) + _DAYS_BEFORE_MONTH[month]
            + (month > 2 and _is_leap(year)) + day - 1 - 719162)
    return float(days * 86400 + hour * 3600 + minute * 60 + second)


def _checked_tuple(t, func):
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError("%s(): illegal time tuple argument" % func)
    values = []
    for v in t[:9]:
        if isinstance(v, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
        values.append(v)
    return values


def _checked_for_format(t, func):
    values = _checked_tuple(t, func)
    year, month, day, hour, minute, second, wday, yday, isdst = values
    if month == 0:
        month = 1
    elif not 1 <= month <= 12:
        raise ValueError("month out of range")
    if day == 0:
        day = 1
    elif not 1 <= day <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= second <= 61:
        raise ValueError("seconds out of range")
    if wday < 0:
        raise ValueError("day of week out of range")
    wday = (wday + 1) % 7  # Sunday-based, as C's tm_wday
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    if isdst < -1:
        isdst = -1
    elif isdst > 1:
        isdst = 1
    zone = None
    if isinstance(t, struct_time):
        zone = t.tm_zone
    return year, month, day, hour, minute, second, wday, yday, isdst, zone


def _iso_week(year, yday, wday_sunday0):
    """(iso_year, iso_week) from the year, day of year and C weekday."""
    weekday_mon1 = (wday_sunday0 + 6) % 7 + 1
    week = (yday - weekday_mon1 + 10) // 7
    if week < 1:
        year -= 1
        days_in = 366 if _is_leap(year) else 365
        return _iso_week(year, yday + days_in, wday_sunday0)
    days_in = 366 if _is_leap(year) else 365
    if week == 53 and yday - weekday_mon1 + 4 > days_in:
        return year + 1, 1
    return year, week


def _format(fmt, fields, zone_name, offset_text):
    year, month, day, hour, minute, second, wday, yday, isdst = fields
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%" or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == "Y":
            out.append(str(year))
        elif d == "m":
            out.append("%02d" % month)
        elif d == "d":
            out.append("%02d" % day)
        elif d == "e":
            out.append("%2d" % day)
        elif d == "H":
            out.append("%02d" % hour)
        elif d == "I":
            out.append("%02d" % ((hour + 11) % 12 + 1))
        elif d == "M":
            out.append("%02d" % minute)
        elif d == "S":
            out.append("%02d" % second)
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "y":
            out.append("%02d" % (year % 100))
        elif d == "C":
            out.append("%02d" % (year // 100))
        elif d == "j":
            out.append("%03d" % yday)
        elif d == "a":
            out.append(_DAY_NAMES[(wday + 6) % 7][:3])
        elif d == "A":
            out.append(_DAY_NAMES[(wday + 6) % 7])
        elif d == "b" or d == "h":
            out.append(_MONTH_NAMES[month - 1][:3])
        elif d == "B":
            out.append(_MONTH_NAMES[month - 1])
        elif d == "w":
            out.append(str(wday))
        elif d == "u":
            out.append(str((wday + 6) % 7 + 1))
        elif d == "U":
            out.append("%02d" % ((yday + 6 - wday) // 7))
        elif d == "W":
            out.append("%02d" % ((yday + 6 - (wday + 6) % 7) // 7))
        elif d == "V":
            out.append("%02d" % _iso_week(year, yday, wday)[1])
        elif d == "G":
            out.append(str(_iso_week(year, yday, wday)[0]))
        elif d == "g":
            out.append("%02d" % (_iso_week(year, yday, wday)[0] % 100))
        elif d == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (
                _DAY_NAMES[(wday + 6) % 7][:3], _MONTH_NAMES[month - 1][:3],
                day, hour, minute, second, year))
        elif d == "x" or d == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif d == "X" or d == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif d == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif d == "F":
            out.append("%d-%02d-%02d" % (year, month, day))
        elif d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        elif d == "Z":
            out.append(zone_name)
        elif d == "z":
            out.append(offset_text)
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        _no_wall_clock()
    year, month, day, hour, minute, second, wday, yday, isdst, zone = _checked_for_format(t, "strftime")
    if zone is None:
        zone = "UTC"
    return _format(format, (year, month, day, hour, minute, second, wday, yday, isdst), zone, "+0000")


def asctime(t=None):
    if t is None:
        _no_wall_clock()
    year, month, day, hour, minute, second, wday, yday, isdst, zone = _checked_for_format(t, "asctime")
    return "%s %s %2d %02d:%02d:%02d %d" % (
        _DAY_NAMES[(wday + 6) % 7][:3], _MONTH_NAMES[month - 1][:3], day, hour, minute, second, year)


def ctime(secs=None):
    return asctime(localtime(secs))


def strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    import datetime  # imports this module: only at call time
    (year, month, day, hour, minute, second, fraction,
     gmtoff, gmtoff_fraction, tzname) = datetime._strptime(data_string, format)
    days = datetime.date(year, month, day).toordinal()
    yday = days - datetime.date(year, 1, 1).toordinal() + 1
    return struct_time((year, month, day, hour, minute, second, (days + 6) % 7, yday, -1))
