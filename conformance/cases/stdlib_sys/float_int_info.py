import sys
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.radix, sys.float_info[0])
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
