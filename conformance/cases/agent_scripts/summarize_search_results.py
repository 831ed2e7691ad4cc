results = [
    {"title": "Python 3.11 release notes", "url": "https://docs.python.org/3.11/whatsnew", "score": 0.92, "tags": ["python", "release"]},
    {"title": "Faster CPython", "url": "https://example.org/faster", "score": 0.75, "tags": ["performance", "python"]},
    {"title": "Unrelated cooking blog", "url": "https://food.example/pasta", "score": 0.12, "tags": ["food"]},
    {"title": "Pattern matching tutorial", "url": "https://example.org/match", "score": 0.81, "tags": ["python", "tutorial"]},
]
threshold = 0.5
relevant = [r for r in results if r["score"] >= threshold]
relevant.sort(key=lambda r: r["score"], reverse=True)
print(f"{len(relevant)} of {len(results)} results above {threshold}")
for rank, r in enumerate(relevant, 1):
    domain = r["url"].split("/")[2]
    print(f"{rank}. {r['title']:<28} {r['score']:.2f}  ({domain})")
tag_counts = {}
for r in relevant:
    for t in r["tags"]:
        tag_counts[t] = tag_counts.get(t, 0) + 1
print("tags:", ", ".join(f"{t}={n}" for t, n in sorted(tag_counts.items(), key=lambda kv: (-kv[1], kv[0]))))
