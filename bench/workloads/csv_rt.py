# csv: write N rows to a StringIO, read them back with DictReader and aggregate.
import csv, io
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["id", "name", "amount", "note"])
for i in range(N):
    w.writerow([i, "name %d" % i, "%.2f" % (i * 1.25), 'says "hi", twice' if i % 3 == 0 else ""])
text = buf.getvalue()
total = 0.0
rows = 0
for row in csv.DictReader(io.StringIO(text)):
    total += float(row["amount"])
    rows += 1
print(rows, round(total, 2), len(text))
