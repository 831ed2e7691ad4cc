# Built-in and registered dialects; Dialect subclasses; get/list/unregister.
import csv
import io

print(sorted(csv.list_dialects()))
for name in ('excel', 'excel-tab', 'unix'):
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.quotechar), repr(d.lineterminator), d.quoting,
          d.doublequote, d.skipinitialspace, d.strict, d.escapechar)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(list(csv.reader(['a|"b|c"|d'], 'pipes')))
out = io.StringIO()
csv.writer(out, 'pipes').writerow(['a', 1])
csv.writer(out, 'unix').writerow(['u', 2])
csv.writer(out, csv.excel_tab).writerow(['t', 3])


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


csv.writer(out, Semi).writerow(['s;1', 4])
csv.writer(out, Semi, delimiter=':').writerow(['k', 5])
print(repr(out.getvalue()))
csv.register_dialect('semi', Semi)
print(csv.get_dialect('semi').delimiter, 'semi' in csv.list_dialects())
csv.unregister_dialect('semi')
print('semi' in csv.list_dialects())
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
