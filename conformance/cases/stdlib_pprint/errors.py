import pprint
try:
    pprint.PrettyPrinter(indent=-1)
except ValueError as e:
    print("ValueError", e)
try:
    pprint.pformat(1, depth=0)
except ValueError as e:
    print("ValueError", e)
try:
    pprint.PrettyPrinter(width=0)
except ValueError as e:
    print("ValueError", e)
try:
    pprint.pformat([1], width="wide")
except ValueError as e:
    print("ValueError", e)
