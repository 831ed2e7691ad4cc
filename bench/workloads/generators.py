# Generator functions, generator expressions and chained consumption.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

total = 0
for x in evens(numbers(N)):
    total += x
total += sum(x * x for x in range(N // 2)) % 1000003
total += max(x % 1000 for x in numbers(N // 2))
print(total)
