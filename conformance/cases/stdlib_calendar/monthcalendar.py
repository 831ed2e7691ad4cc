import calendar
print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2023, 10))
print(calendar.monthcalendar(2015, 2))
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 9))
