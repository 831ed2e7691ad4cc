from datetime import date
d = date(2024, 3, 5)
print(d.strftime("%Y-%m-%d %a %A %b %B %j %y %%"))
print(d.strftime("%c | %x | %X | %H:%M:%S %p %I"))
print(d.strftime("%U %W %w %u %V %G"), format(d, "%d/%m/%Y"), format(d), f"{d:%B %d}")
print(repr(d.timetuple()))
