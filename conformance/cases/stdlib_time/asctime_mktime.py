import time
print(time.asctime(time.gmtime(1700000000)), time.asctime((2024, 2, 9, 8, 7, 6, 4, 40, 0)))
print(time.mktime((2024, 1, 2, 3, 4, 5, 0, 0, 0)), time.mktime(time.gmtime(123456789)))
print(time.ctime(0), time.ctime(1700000000.9))
print(time.timezone, time.altzone, time.daylight)
