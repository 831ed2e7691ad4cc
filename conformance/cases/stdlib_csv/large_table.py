# A larger table written and parsed back, with sums over a numeric column.
import csv
import io

out = io.StringIO()
w = csv.writer(out)
w.writerow(['n', 'square', 'label'])
for n in range(200):
    w.writerow([n, n * n, 'item "%d", ok' % n if n % 7 == 0 else 'item %d' % n])
rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline='')))
print(len(rows), sum(int(r['square']) for r in rows))
print(rows[7], rows[-1])
