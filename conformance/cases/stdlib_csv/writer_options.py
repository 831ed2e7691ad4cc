# Writer options: delimiter, lineterminator, quotechar, doublequote=False with escapechar.
import csv
import io

out = io.StringIO()
csv.writer(out, delimiter='\t', lineterminator='\n').writerow(['a b', 'c\td', 'e'])
csv.writer(out, quotechar="'").writerow(["it's", 'x,y'])
csv.writer(out, doublequote=False, escapechar='\\').writerow(['say "hi"', 'back\\slash'])
csv.writer(out, lineterminator='|').writerow(['p|q', 'r'])
print(repr(out.getvalue()))
