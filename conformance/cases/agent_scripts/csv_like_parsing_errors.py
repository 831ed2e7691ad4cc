raw = """id,name,qty,price
1,bolt,10,0.25
2,nut,x,0.10
3,washer,5,
4,gear,2,3.50"""
header, *lines = raw.splitlines()
cols = header.split(",")
good, bad = [], []
for lineno, line in enumerate(lines, start=2):
    row = dict(zip(cols, line.split(",")))
    try:
        row["qty"] = int(row["qty"])
        row["price"] = float(row["price"])
    except ValueError as e:
        bad.append((lineno, str(e)))
        continue
    good.append(row)
print("parsed", len(good), "rows; total value", round(sum(r["qty"] * r["price"] for r in good), 2))
for lineno, err in bad:
    print(f"line {lineno}: {err}")
print(good[2]["name"])
