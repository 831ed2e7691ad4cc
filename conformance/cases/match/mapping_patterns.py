def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={sorted(rest)}"
        case {"type": t}:
            return f"unknown type {t}"
        case _:
            return "not an event"
print(handle({"type": "click", "pos": (3, 4)}))
print(handle({"type": "key", "key": "a", "mod": "ctrl", "t": 1}))
print(handle({"type": "scroll"}))
print(handle([1]))
