import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder)
print(sys.maxunicode, isinstance(sys.platform, str))
