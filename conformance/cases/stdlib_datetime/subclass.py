from datetime import date, datetime, timedelta
class MyDate(date):
    def label(self):
        return "d" + self.isoformat()
m = MyDate(2024, 1, 1)
print(repr(m), m.label(), isinstance(m, date), m == date(2024, 1, 1))
print(repr(m.replace(day=5)), type(m.replace(day=5)).__name__)
class MyDT(datetime):
    pass
x = MyDT(2024, 1, 2, 3)
print(repr(x), type(x + timedelta(1)).__name__, x.isoformat())
