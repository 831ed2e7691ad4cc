import time
print(time.strptime("2024-03-05", "%Y-%m-%d"))
print(time.strptime("Tue Mar  5 13:14:15 2024"))
print(tuple(time.strptime("31/12/99 23:59", "%d/%m/%y %H:%M")))
for args in [("2024", "%m"), ("2023-02-29", "%Y-%m-%d"), ("x", "%Q")]:
    try:
        time.strptime(*args)
    except ValueError as e:
        print("ValueError", e)
