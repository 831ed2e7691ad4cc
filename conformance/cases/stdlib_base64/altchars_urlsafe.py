import base64
data = b'\xfb\xff\xfe\x00?'
print(base64.b64encode(data), base64.b64encode(data, altchars=b'-_'), base64.b64encode(data, b'*.'))
print(base64.urlsafe_b64encode(data), base64.urlsafe_b64decode('-__-AD8='))
print(base64.b64decode('-__-AD8=', altchars='-_'), base64.b64decode(b'*..*AD8=', b'*.'))
