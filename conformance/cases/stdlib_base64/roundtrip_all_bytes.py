import base64
data = bytes(range(256))
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode),
                 (base64.b32hexencode, base64.b32hexdecode)]:
    e = enc(data)
    print(len(e), e[:24], dec(e) == data)
