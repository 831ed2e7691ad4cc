# Reader errors: strict quoting, newline in unquoted field, NUL, bytes, end of data, float.
import csv

cases = [
    (['"a"b,c'], {'strict': True}),
    (['a\rb'], {}),
    (['a\0b'], {}),
    ([b'a,b'], {}),
    (['"open'], {'strict': True}),
    (['1,abc'], {'quoting': csv.QUOTE_NONNUMERIC}),
]
for lines, opts in cases:
    try:
        print(list(csv.reader(lines, **opts)))
    except Exception as e:
        print(type(e).__name__, e)
