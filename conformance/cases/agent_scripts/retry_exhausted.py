class TransientError(Exception):
    pass
def flaky(counter=[0]):
    counter[0] += 1
    raise TransientError(f"failure #{counter[0]}")
def with_retries(fn, attempts=3):
    last = None
    for i in range(attempts):
        try:
            return fn()
        except TransientError as e:
            print("retrying after:", e)
            last = e
    raise RuntimeError(f"gave up after {attempts} attempts") from last
with_retries(flaky)
