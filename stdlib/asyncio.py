"""Corral's asyncio: enough of the real one for agent code that awaits host
functions.

A host function answered "pending" returns a Future (a native object); a
coroutine awaiting an unfinished future yields it to whoever drives the
coroutine.  gather() drives its children in turn, so every child gets to
issue its host calls before the run waits; at the top of the run an
unfinished future (or a list of them) becomes a pause in which the host
resolves futures in any order.
"""

__all__ = ["gather", "run", "sleep", "create_task", "wait_for", "Future", "CancelledError",
           "TimeoutError", "iscoroutine", "ensure_future", "Task"]


class CancelledError(BaseException):
    pass


TimeoutError = TimeoutError


def _pending_of(waited):
    """The unfinished futures in what a child yielded (a future or a list)."""
    if isinstance(waited, (list, tuple)):
        return [w for w in waited if not w.done()]
    if waited is None:
        return []
    return [] if waited.done() else [waited]


class _Gather:
    def __init__(self, children, return_exceptions):
        self._children = children
        self._return_exceptions = return_exceptions

    def __await__(self):
        children = self._children
        n = len(children)
        results = [None] * n
        finished = [False] * n
        waiting = [None] * n
        remaining = n
        while remaining:
            blocked = []
            for i in range(n):
                if finished[i]:
                    continue
                still = _pending_of(waiting[i])
                if still:
                    blocked.extend(still)
                    continue
                child = children[i]
                if not hasattr(child, "send"):
                    # a host future awaited directly
                    if not child.done():
                        waiting[i] = child
                        blocked.append(child)
                        continue
                    try:
                        results[i] = child.result()
                    except BaseException as exc:
                        if not self._return_exceptions:
                            raise
                        results[i] = exc
                    finished[i] = True
                    remaining -= 1
                    continue
                try:
                    waiting[i] = child.send(None)
                except StopIteration as stop:
                    results[i] = stop.value
                    finished[i] = True
                    remaining -= 1
                    continue
                except BaseException as exc:
                    if not self._return_exceptions:
                        raise
                    results[i] = exc
                    finished[i] = True
                    remaining -= 1
                    continue
                blocked.extend(_pending_of(waiting[i]))
            if remaining and blocked:
                yield blocked
        return results


def gather(*aws, return_exceptions=False):
    return _Gather(list(aws), return_exceptions)


class _Sleep:
    def __init__(self, result):
        self._result = result

    def __await__(self):
        return self._result
        yield


def sleep(delay, result=None):
    if delay < 0:
        delay = 0
    return _Sleep(result)


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine"


def create_task(coro, *, name=None):
    return coro


def ensure_future(coro_or_future):
    return coro_or_future


Task = create_task


async def wait_for(aw, timeout):
    return await aw


def run(main, *, debug=None):
    """Drive a coroutine to completion from synchronous code."""
    try:
        waited = main.send(None)
        while True:
            waited = main.send(None) if not _pending_of(waited) else _wait(waited, main)
    except StopIteration as stop:
        return stop.value


def _wait(waited, main):
    # The run pauses here only at top level: awaiting inside run() from
    # synchronous code cannot pause the host, so resolve by awaiting at top level.
    raise RuntimeError("asyncio.run() cannot wait for host futures; use top-level await")
