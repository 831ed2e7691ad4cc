# corral: limit time_ms=200
# corral: expect-limit time
# time.sleep() counts against the run's time limit, and the stop is not catchable.
import time
print("start")
try:
    time.sleep(30)
except BaseException:
    print("caught")
print("not reached")
