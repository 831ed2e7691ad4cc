docs = [("intro", "Corral is a small interpreter " * 3), ("usage", "Run corral file.py to execute " * 5), ("faq", "Why? Because sandboxes matter. " * 4)]
budget = 40
def tokens(text):
    return text.split()
used = 0
picked = []
for title, body in docs:
    t = tokens(body)
    if used + len(t) <= budget:
        picked.append((title, len(t)))
        used += len(t)
    else:
        room = budget - used
        if room > 0:
            picked.append((title + " (truncated)", room))
            used += room
        break
print(picked, used)
print(" ".join(tokens(docs[1][1])[:6]) + " ...")
summary = {title: n for title, n in picked}
print(summary["faq"])
