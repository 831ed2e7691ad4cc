import base64
for n in range(8):
    data = bytes(range(250, 250 - n, -1))
    enc = base64.b64encode(data)
    print(n, enc, base64.b64decode(enc) == data, base64.standard_b64encode(data) == enc)
print(base64.b64encode(b'Corral'), base64.b64decode('Q29ycmFs'), base64.b64decode(b'Q29y\ncmFs'))
print(base64.b64encode(bytearray(b'hi')), base64.standard_b64decode('aGk='))
