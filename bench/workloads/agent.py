# What an agent writes: records as dicts, grouping, filtering, f-strings.
records = []
for i in range(N):
    records.append({
        "id": i,
        "user": f"user{i % 53}",
        "amount": (i * 37) % 1000 / 10,
        "tags": ["a", "b"] if i % 3 == 0 else ["c"],
        "ok": i % 7 != 0,
    })
by_user = {}
for r in records:
    if not r["ok"]:
        continue
    entry = by_user.setdefault(r["user"], {"n": 0, "total": 0.0, "tags": set()})
    entry["n"] += 1
    entry["total"] += r["amount"]
    for t in r["tags"]:
        entry["tags"].add(t)
report = []
for user, e in sorted(by_user.items(), key=lambda kv: -kv[1]["total"]):
    report.append(f"{user:>8}: {e['n']:4d} orders, {e['total']:10.2f} total, tags={','.join(sorted(e['tags']))}")
top = [r["id"] for r in records if r["amount"] > 90 and "a" in r["tags"]]
summary = {"users": len(by_user), "top": len(top), "first": report[0] if report else ""}
print(len(report), summary["users"], summary["top"], len("\n".join(report)), summary["first"])
