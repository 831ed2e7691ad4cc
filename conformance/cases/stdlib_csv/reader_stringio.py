# csv.reader over io.StringIO with newline='' and embedded newlines in quoted fields.
import csv
import io

data = 'name,note\r\nann,"line one\r\nline two"\r\nbob,plain\r\n'
r = csv.reader(io.StringIO(data, newline=''))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(io.StringIO('x,y\ny,z\n'))))
