import sys
n = sys.stdout.write("hello ")
sys.stdout.write("world\n")
print(n)
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.flush()
