# Writer errors: no write method, escapes in QUOTE_NONE, lineterminator and quoting types.
import csv
import io

attempts = [
    lambda: csv.writer(42),
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a"b']),
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a\r\nb']),
    lambda: csv.writer(io.StringIO(), lineterminator=5),
    lambda: csv.writer(io.StringIO(), quoting='all'),
    lambda: csv.writer(io.StringIO(), escapechar='ab'),
]
for attempt in attempts:
    try:
        attempt()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar='$').writerow(['a"b', 'c,d', 'e$f'])
print(repr(out.getvalue()))
