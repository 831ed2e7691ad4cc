from typing import Dict, List
class Task:
    def __init__(self, title: str, owner: str, hours: float, done: bool = False):
        self.title = title
        self.owner = owner
        self.hours = hours
        self.done = done
    def __repr__(self):
        mark = "x" if self.done else " "
        return f"[{mark}] {self.title} ({self.owner}, {self.hours}h)"
tasks = [
    Task("write parser", "ana", 6.5, True),
    Task("add tests", "ben", 3),
    Task("fix bug 12", "ana", 1.25, True),
    Task("review docs", "cho", 2),
    Task("benchmark", "ben", 4.5, True),
]
def group(tasks: List[Task]) -> Dict[str, List[Task]]:
    out: Dict[str, List[Task]] = {}
    for t in tasks:
        out.setdefault(t.owner, []).append(t)
    return out
for owner, ts in sorted(group(tasks).items()):
    done_h = sum(t.hours for t in ts if t.done)
    total_h = sum(t.hours for t in ts)
    print(f"{owner}: {done_h}/{total_h} hours done")
    for t in ts:
        print("   ", t)
pct = sum(t.done for t in tasks) / len(tasks)
print(f"overall: {pct:.1%} of tasks done")
