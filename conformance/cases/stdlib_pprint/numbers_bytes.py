import pprint
print(pprint.pformat(10**12, underscore_numbers=True), pprint.pformat([10**6, 1234567], underscore_numbers=True))
print(pprint.pformat([b"abcdefgh" * 10], width=30))
print(pprint.pformat([[1, 2, [3, 4, [5, 6]]]] * 3, width=20))
