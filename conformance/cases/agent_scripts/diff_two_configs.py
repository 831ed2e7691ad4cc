old = {"model": "small", "temperature": 0.2, "tools": ["search", "calc"], "max_tokens": 512}
new = {"model": "large", "temperature": 0.2, "tools": ["search", "browse"], "timeout": 30}
added = sorted(new.keys() - old.keys())
removed = sorted(old.keys() - new.keys())
changed = {k: (old[k], new[k]) for k in sorted(old.keys() & new.keys()) if old[k] != new[k]}
print("added:", {k: new[k] for k in added})
print("removed:", removed)
for k, (a, b) in changed.items():
    if isinstance(a, list):
        print(f"~ {k}: +{sorted(set(b) - set(a))} -{sorted(set(a) - set(b))}")
    else:
        print(f"~ {k}: {a!r} -> {b!r}")
print("unchanged:", sorted(k for k in old.keys() & new.keys() if old[k] == new[k]))
