# csv.writer with each quoting mode; writerow returns the written length.
import csv
import io

row = ['plain', 'with,comma', 'with"quote', '', None, 7, 2.5, True, 'multi\nline']
for mode in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out = io.StringIO()
    w = csv.writer(out, quoting=mode)
    print(w.writerow(row))
    print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a,b', 'c"d', 'e\\f'])
print(repr(out.getvalue()))
