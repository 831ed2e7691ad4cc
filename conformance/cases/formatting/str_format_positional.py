print("{} {} {}".format(1, "a", [2]), "{0} {1} {0}".format("x", "y"), "{name} is {age}".format(name="B", age=3))
print("{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3), "{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+,} {:e} {:%} {:#b} {:c}".format(3.14159, 1234567, 0.00012, 0.5, 5, 97))
