print(2.0 ** 100, 2.0 ** -1075, (-2.0) ** 3)
try:
    10.0 ** 400
except OverflowError as e:
    # the message carries the C library's errno text, which varies by platform
    print("overflow:", type(e).__name__)
print(round(float("inf")))
