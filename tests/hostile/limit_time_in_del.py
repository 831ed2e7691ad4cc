# corral: limit time_ms=300
# hostile: expect limit=time|ok
class Slow:
    def __del__(self):
        while True:
            pass
x = Slow()
x = None
print("after del")
