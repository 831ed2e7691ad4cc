import calendar
c = calendar.Calendar(6)
print(c.firstweekday, list(c.iterweekdays()), c.monthdays2calendar(2024, 2)[0])
print(list(calendar.Calendar(1).iterweekdays()), calendar.Calendar().monthdatescalendar(2024, 3)[0])
print(calendar.Calendar().yeardayscalendar(2024, 4)[0][1][0])
