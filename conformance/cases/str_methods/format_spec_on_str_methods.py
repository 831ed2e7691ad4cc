print("{:*^11}".format("mid"), "{:.3}".format("truncate"), "{!r:>8}".format("r"), "{:>+6.1f}".format(2.25))
print("{0:{1}}".format("dyn", 6) + "|", "{:,}".format(-1234567.891), "{:_x}".format(0xdeadbeef))
print("{:=+8d}".format(-42), "{:#o}".format(8), "{:#X}".format(255), "{:n}".format(1234))
print("{:s}".format(5))
