import binascii
print(binascii.a2b_base64(b'aGVsbG8='), binascii.a2b_base64('aGVs\nbG8=\n'))
print(binascii.a2b_base64(b'a GV!sbG8='), binascii.a2b_base64(b'aGk=aGk='), binascii.a2b_base64(b'aG=k='))
print(binascii.a2b_base64(b''), binascii.a2b_base64(b'===='), binascii.a2b_base64(b'aGk='))
binascii.a2b_base64(b'aGk')  # uncaught: the traceback names binascii.Error
