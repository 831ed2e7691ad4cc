# corral: limit time_ms=5000
# hostile: expect ok|error=RecursionError
import json
s = "[" * 100000 + "]" * 100000
try:
    json.loads(s)
    print("parsed")
except RecursionError:
    print("RecursionError")
