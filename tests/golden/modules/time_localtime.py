# time.localtime, ctime and the zone attributes: only what holds in every time zone.
import time

for secs in [0, 1e9, 1234567890, -86400 * 365]:
    loc = time.localtime(secs)
    utc = time.gmtime(secs + loc.tm_gmtoff)
    print(secs, tuple(loc)[:6] == tuple(utc)[:6], loc.tm_wday == utc.tm_wday,
          loc.tm_yday == utc.tm_yday, loc.tm_isdst in (0, 1), type(loc.tm_zone).__name__)
    print(time.ctime(secs) == time.asctime(loc))
    print(time.strftime("%Y-%m-%d %H:%M:%S", loc) == time.strftime("%Y-%m-%d %H:%M:%S", utc))
print(type(time.tzname).__name__, len(time.tzname), [type(n).__name__ for n in time.tzname])
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1))
print(time.localtime(None).tm_year >= 2024, len(time.ctime()), len(time.asctime()))
print(len(time.strftime("%Y")))
for bad in ["a", 1e20, float("nan")]:
    for f in (time.localtime, time.ctime):
        try:
            f(bad)
        except (TypeError, ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
try:
    time.localtime(1, 2)
except TypeError as e:
    print("TypeError:", e)
