import sys
print(sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 8), sys.version_info.releaselevel, len(sys.version_info))
print(type(sys.version), isinstance(sys.hexversion, int), sys.hexversion >> 16 == 0x030B)
