import json
print(json.loads(b'{"a": [1, 2]}'), json.loads(bytearray(b'[true]')))
print(json.loads(b'\xef\xbb\xbf{"bom": 1}'), json.loads('"\u00e9"'.encode()))
print(json.loads(b' "caf\xc3\xa9" '))
