data = {"a": 1}
print("%(a)s" % data)
print("%(b)s" % data)
