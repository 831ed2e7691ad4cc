import json
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
class Reader:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text
w = Writer()
json.dump({"a": [1, 2, {"b": None}]}, w, sort_keys=True)
text = "".join(w.parts)
print(text)
print(json.load(Reader(text)))
print(json.load(Reader('[1, 2.5]'), parse_float=str))
