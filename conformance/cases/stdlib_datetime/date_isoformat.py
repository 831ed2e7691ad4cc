from datetime import date
for s in ["2024-01-02", "20240102", "2024-W01-2", "2024W012", "2024-W10", "0001-01-01"]:
    print(s, repr(date.fromisoformat(s)))
print(date(5, 1, 1).isoformat(), str(date(2024, 12, 25)))
