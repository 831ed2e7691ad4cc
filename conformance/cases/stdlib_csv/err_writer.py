# Writer errors: need to escape without escapechar, empty single field with QUOTE_NONE,
# non-iterable rows, DictWriter extra fields and a bad extrasaction.
import csv
import io

attempts = [
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']),
    lambda: csv.writer(io.StringIO(), doublequote=False).writerow(['a"b']),
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']),
    lambda: csv.writer(io.StringIO()).writerow(5),
    lambda: csv.DictWriter(io.StringIO(), ['x']).writerow({'x': 1, 'z': 2}),
    lambda: csv.DictWriter(io.StringIO(), ['x'], extrasaction='bad'),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)
