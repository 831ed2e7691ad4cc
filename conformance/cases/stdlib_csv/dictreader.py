# DictReader: header row, explicit fieldnames, restkey, restval, blank lines skipped.
import csv
import io

dr = csv.DictReader(io.StringIO('name,age\nann,3\nbob,4,extra,more\n\ncid\n'), restkey='rest', restval='?')
print(dr.fieldnames)
for row in dr:
    print(dr.line_num, row)
dr = csv.DictReader(['1;2', '3;4'], fieldnames=['x', 'y'], delimiter=';')
print([dict(r) for r in dr])
print(csv.DictReader([]).fieldnames)
