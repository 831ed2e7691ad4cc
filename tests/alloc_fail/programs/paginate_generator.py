def fetch_page(cursor):
    pages = {None: (["a", "b", "c"], "p2"), "p2": (["d", "e"], "p3"), "p3": (["f"], None)}
    return pages[cursor]
def all_items():
    cursor = None
    page_no = 0
    while True:
        items, cursor = fetch_page(cursor)
        page_no += 1
        print(f"fetched page {page_no} with {len(items)} items")
        yield from items
        if cursor is None:
            return
collected = []
for item in all_items():
    collected.append(item.upper())
    if len(collected) == 4:
        print("have enough:", collected)
        break
print("everything:", list(all_items()))
