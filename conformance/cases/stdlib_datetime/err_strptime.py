def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

from datetime import datetime
show(lambda: datetime.strptime("2024", "%m"))
show(lambda: datetime.strptime("2024-01-01 junk", "%Y-%m-%d"))
show(lambda: datetime.strptime("x", "%Q"))
show(lambda: datetime.strptime("2024-02-30", "%Y-%m-%d"))
show(lambda: datetime.strptime("abc", "%Y"))
show(lambda: datetime.strptime(2024, "%Y"))
