import time
a = time.monotonic()
b = time.monotonic()
c = time.perf_counter()
n = time.monotonic_ns()
print(b >= a, isinstance(a, float), isinstance(c, float), isinstance(n, int))
time.sleep(0)
time.sleep(0.001)
print(time.monotonic() - a >= 0.001)
