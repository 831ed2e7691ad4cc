# Errors surfacing through DictReader and strict readers over StringIO, with line_num.
import csv
import io

r = csv.DictReader(io.StringIO('a,b\n1,2\n"x"y,3\n'), strict=True)
try:
    for row in r:
        print(row)
except csv.Error as e:
    print(type(e).__name__, e, r.reader.line_num)
r = csv.reader(io.StringIO('ok\n"never closed\n'), strict=True)
try:
    for row in r:
        print(row)
except csv.Error as e:
    print(type(e).__name__, e, r.line_num)
