from datetime import datetime
print(repr(datetime.strptime("2024-03-05 13:14:15", "%Y-%m-%d %H:%M:%S")))
print(repr(datetime.strptime("2024-03-05 13:14:15.25 +0130", "%Y-%m-%d %H:%M:%S.%f %z")))
print(repr(datetime.strptime("Tue Mar  5 01:02:03 PM 24", "%a %b %d %I:%M:%S %p %y")))
print(repr(datetime.strptime("2024 100", "%Y %j")), repr(datetime.strptime("5 march 1999", "%d %B %Y")))
print(repr(datetime.strptime("2024 Z", "%Y %z")), repr(datetime.strptime("12:00 AM", "%I:%M %p")))
print(repr(datetime.strptime("70", "%y")), repr(datetime.strptime("68", "%y")), repr(datetime.strptime("10%", "%d%%")))
