TRANSITIONS = {
    "new": {"pay": "paid", "cancel": "cancelled"},
    "paid": {"ship": "shipped", "refund": "refunded"},
    "shipped": {"deliver": "delivered"},
}
def apply(state, events):
    history = [state]
    for ev in events:
        allowed = TRANSITIONS.get(state, {})
        if ev not in allowed:
            raise ValueError(f"event {ev!r} not allowed in state {state!r} (allowed: {sorted(allowed)})")
        state = allowed[ev]
        history.append(state)
    return history
print(" -> ".join(apply("new", ["pay", "ship", "deliver"])))
print(" -> ".join(apply("new", ["cancel"])))
apply("new", ["pay", "deliver"])
