# writerows then read back: the round trip preserves every field.
import csv
import io

rows = [['id', 'text'], [1, 'a "quoted" word'], [2, 'comma, here'], [3, 'new\nline'], [4, ''], ['']]
out = io.StringIO()
w = csv.writer(out)
w.writerows(rows)
w.writerows([])
text = out.getvalue()
print(repr(text))
back = list(csv.reader(io.StringIO(text, newline='')))
print(back)
print(back == [[str(x) for x in r] for r in rows])
