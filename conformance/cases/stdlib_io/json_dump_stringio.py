import io
import json
buf = io.StringIO()
json.dump({"a": [1, 2], "b": None}, buf)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
