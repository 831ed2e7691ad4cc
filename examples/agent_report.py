# An agent-style "code mode" program: the kind of script a model writes to
# digest tool results. It uses only the language and builtins, so it runs
# unchanged under CPython and under Corral.
from typing import Dict, List


class Ticket:
    def __init__(self, ident: int, title: str, priority: str, hours: float):
        self.ident = ident
        self.title = title
        self.priority = priority
        self.hours = hours

    @property
    def urgent(self) -> bool:
        return self.priority in ("P0", "P1")

    def __repr__(self) -> str:
        return f"Ticket(#{self.ident}, {self.title!r}, {self.priority})"


RAW_RESULTS = [
    {"id": 101, "title": "Login fails on Safari", "priority": "P1", "estimate": "3.5h"},
    {"id": 102, "title": "Typo in footer", "priority": "P3", "estimate": "0.25h"},
    {"id": 103, "title": "Data export times out", "priority": "P0", "estimate": "8h"},
    {"id": 104, "title": "Add dark mode", "priority": "P2", "estimate": "unknown"},
    {"id": 105, "title": "Crash when cart is empty", "priority": "P1", "estimate": "2h"},
]


def parse_hours(text: str) -> float:
    if not text.endswith("h"):
        raise ValueError(f"bad estimate: {text!r}")
    return float(text[:-1])


def load(results: List[dict]) -> List[Ticket]:
    tickets = []
    for row in results:
        try:
            hours = parse_hours(row["estimate"])
        except ValueError as err:
            print(f"skipping #{row['id']}: {err}")
            continue
        tickets.append(Ticket(row["id"], row["title"], row["priority"], hours))
    return tickets


def batches(items, size):
    for start in range(0, len(items), size):
        yield items[start:start + size]


tickets = load(RAW_RESULTS)
by_priority: Dict[str, List[Ticket]] = {}
for t in tickets:
    by_priority.setdefault(t.priority, []).append(t)

print("Tickets by priority:")
for prio in sorted(by_priority):
    group = by_priority[prio]
    total = sum(t.hours for t in group)
    print(f"  {prio}: {len(group)} ticket(s), {total:.2f}h -> {[t.ident for t in group]}")

urgent = sorted((t for t in tickets if t.urgent), key=lambda t: (t.priority, -t.hours))
print("Urgent first:", urgent)
for n, batch in enumerate(batches(urgent, 2), start=1):
    print(f"  sprint {n}: " + ", ".join(t.title for t in batch))

summary = {
    "count": len(tickets),
    "hours": round(sum(t.hours for t in tickets), 2),
    "longest": max(tickets, key=lambda t: t.hours).title,
}
print("%(count)d tickets, %(hours).2f hours; longest: %(longest)s" % summary)
summary
