class TransientError(Exception):
    pass
responses = iter([TransientError("timeout"), TransientError("503"), {"ok": True, "items": [1, 2, 3]}])
def call_api():
    r = next(responses)
    if isinstance(r, Exception):
        raise r
    return r
def with_retries(fn, attempts=5, base_delay=0.5):
    delays = []
    for attempt in range(1, attempts + 1):
        try:
            result = fn()
            return result, attempt, delays
        except TransientError as e:
            delay = base_delay * 2 ** (attempt - 1)
            delays.append(delay)
            print(f"attempt {attempt} failed ({e}); would wait {delay}s")
    raise RuntimeError("all attempts failed")
result, attempts, delays = with_retries(call_api)
print("succeeded after", attempts, "attempts; total wait", sum(delays), "result", result)
