results = []
def record(v):
    results.append(v)
for i in range(3):
    record(i * i)
print(results, i)
def get_i():
    return i
print(get_i())
