def add(x, bucket=[]):
    bucket.append(x)
    return bucket
print(add(1), add(2), add(3, []), add(4))
print(add.__defaults__)
