import base64
print(base64.b64decode('aGVs bG8=\n'), base64.b64decode('a!G@V#s$b%G^8&='))
print(base64.b64decode('aGVsbG8=', validate=True), base64.b64decode('aGk=aGk='))
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\neHh4\n'))
