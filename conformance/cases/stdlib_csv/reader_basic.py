# csv.reader over a list of strings: quoting, doubled quotes, empty fields, line_num.
import csv

r = csv.reader(['a,b,c', '1,"two, too",3', '"say ""hi""",,end', '', 'last'])
for row in r:
    print(r.line_num, row)
