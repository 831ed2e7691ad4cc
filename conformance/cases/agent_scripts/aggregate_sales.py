sales = [
    ("2024-01-03", "north", "widget", 3, 9.99),
    ("2024-01-03", "south", "gadget", 1, 24.50),
    ("2024-01-04", "north", "gadget", 2, 24.50),
    ("2024-02-10", "east", "widget", 10, 9.49),
    ("2024-02-11", "north", "widget", 1, 9.99),
    ("2024-02-15", "south", "doohickey", 4, 3.25),
]
by_month = {}
by_region = {}
for date, region, product, qty, price in sales:
    month = date[:7]
    revenue = round(qty * price, 2)
    by_month[month] = round(by_month.get(month, 0) + revenue, 2)
    r = by_region.setdefault(region, {"orders": 0, "revenue": 0.0, "products": set()})
    r["orders"] += 1
    r["revenue"] = round(r["revenue"] + revenue, 2)
    r["products"].add(product)
print("monthly revenue:")
for month, total in sorted(by_month.items()):
    print(f"  {month}: {total:>8.2f}")
print("by region:")
for region, r in sorted(by_region.items(), key=lambda kv: -kv[1]["revenue"]):
    print(f"  {region:<6} orders={r['orders']} revenue={r['revenue']:.2f} products={sorted(r['products'])}")
best = max(by_region, key=lambda k: by_region[k]["revenue"])
print("best region:", best)
