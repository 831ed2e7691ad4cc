from datetime import date
for d in [date(2024, 1, 1), date(2021, 1, 3), date(2020, 12, 31), date(2026, 12, 31), date(2027, 1, 1)]:
    ic = d.isocalendar()
    print(d, ic, ic.year, ic.week, ic.weekday, tuple(ic), ic[1])
print(repr(date.fromisocalendar(2020, 53, 7)), date.fromisocalendar(2024, 1, 1))
