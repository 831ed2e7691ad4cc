import base64
for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar']:
    enc = base64.b32encode(data)
    print(data, enc, base64.b32decode(enc), base64.b32hexencode(data), base64.b32hexdecode(base64.b32hexencode(data)))
print(base64.b32decode('mzxw6===', casefold=True), base64.b32decode('0O======', map01='L'))
