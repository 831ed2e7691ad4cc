# DictWriter: writeheader, restval, extrasaction='ignore', writerows.
import csv
import io

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['x', 'y', 'z'], restval='-')
print(dw.writeheader())
dw.writerow({'x': 1, 'z': 'a,b'})
dw.writerows([{'y': 2}, {'x': None, 'y': 'q"r', 'z': 3.5}])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, ['a'], extrasaction='ignore', lineterminator='\n')
dw.writerow({'a': 1, 'b': 2})
print(repr(out.getvalue()))
