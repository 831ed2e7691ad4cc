import binascii
print(binascii.crc32(b''), binascii.crc32(b'hello'), binascii.crc32(b'hello world'))
crc = binascii.crc32(b'hello ')
print(binascii.crc32(b'world', crc) == binascii.crc32(b'hello world'))
print(binascii.crc32(b'x', -1), binascii.crc32(bytes(range(256)) * 10), binascii.crc32(b'a', 2**40))
print(binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'123456789', 0xffff))
