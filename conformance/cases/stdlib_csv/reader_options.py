# Reader options: delimiter, quotechar, escapechar, skipinitialspace, doublequote, QUOTE_NONE.
import csv

print(list(csv.reader(['a;b;"c;d"'], delimiter=';')))
print(list(csv.reader(["a,'b,c',d"], quotechar="'")))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['a,  b, "c d"'], skipinitialspace=True)))
print(list(csv.reader(['"a\\"b",c'], doublequote=False, escapechar='\\')))
print(list(csv.reader(['"a",b"c'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['1,2.5,"x",,-3'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['"a"b,c', '"unterminated'])))
