nums = range(5)
print(",".join(str(n) for n in nums), "".join(map(chr, range(65, 70))), "+".join([]), " ".join(["solo"]))
print("-".join(b.decode() for b in [b"x", b"y"]))
print("".join([b"a"]))
