from typing import List, Tuple
meetings: List[Tuple[str, int, int]] = [("standup", 9, 10), ("review", 11, 12), ("lunch", 12, 13), ("design", 9, 11), ("1:1", 15, 16)]
def conflicts(ms):
    ms = sorted(ms, key=lambda m: (m[1], m[2]))
    out = []
    for i, a in enumerate(ms):
        for b in ms[i + 1:]:
            if b[1] < a[2]:
                out.append((a[0], b[0]))
    return out
def free_slots(ms, start=9, end=17):
    busy = sorted((s, e) for _, s, e in ms)
    slots, cur = [], start
    for s, e in busy:
        if s > cur:
            slots.append((cur, s))
        cur = max(cur, e)
    if cur < end:
        slots.append((cur, end))
    return slots
print("conflicts:", conflicts(meetings))
print("free:", ", ".join(f"{s}:00-{e}:00" for s, e in free_slots(meetings)))
