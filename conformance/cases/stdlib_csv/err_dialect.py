# Dialect errors: unknown dialect names and invalid options.
import csv

attempts = [
    lambda: csv.get_dialect('nope'),
    lambda: csv.unregister_dialect('nope'),
    lambda: csv.reader([], 'nope'),
    lambda: csv.reader([], delimiter='ab'),
    lambda: csv.reader([], delimiter=1),
    lambda: csv.reader([], quoting=9),
    lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_ALL),
    lambda: csv.writer([], foo=1),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)
print(csv.reader([], quotechar=None).dialect.quoting)
try:
    raise csv.Error('custom')
except csv.Error as e:
    print(type(e).__name__, e, isinstance(e, Exception))
