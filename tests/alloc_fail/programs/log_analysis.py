log = """2024-05-01 10:00:01 INFO user=ann action=login
2024-05-01 10:00:05 WARN user=bob action=login failed=1
2024-05-01 10:01:00 ERROR user=bob action=login failed=2
2024-05-01 10:02:30 INFO user=ann action=upload size=2048
2024-05-01 10:03:00 ERROR user=cy action=upload reason=quota
2024-05-01 10:04:10 INFO user=bob action=login"""
levels = {}
users = {}
errors = []
for line in log.splitlines():
    date, time, level, *pairs = line.split()
    fields = dict(p.split("=", 1) for p in pairs)
    levels[level] = levels.get(level, 0) + 1
    users.setdefault(fields["user"], []).append(fields["action"])
    if level == "ERROR":
        errors.append(f"{time} {fields['user']}: {fields.get('reason', 'n/a')}")
print("levels:", dict(sorted(levels.items())))
print("actions per user:", {u: len(a) for u, a in sorted(users.items())})
print("errors:")
for e in errors:
    print("  -", e)
error_rate = levels.get("ERROR", 0) / sum(levels.values())
print(f"error rate {error_rate:.2%}")
