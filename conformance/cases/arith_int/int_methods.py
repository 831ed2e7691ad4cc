print((255).bit_length(), (0).bit_length(), (-255).bit_length())
print((10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((7).conjugate(), (12).real, (12).imag, (12).numerator, (12).denominator)
print((37).bit_count())
