import time
s = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
print(s, s.tm_year, s.tm_yday, s == (2024, 1, 2, 3, 4, 5, 1, 2, 0), isinstance(s, tuple))
print(s[1:3], list(s), s.n_fields, s.n_sequence_fields, s.tm_zone)
y, m, d, *rest = s
print(y, m, d, rest)
