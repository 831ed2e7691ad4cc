# corral: limit time_ms=5000 memory=200000000
# hostile: expect ok|error=RecursionError|limit=memory
def chain(n):
    if n:
        yield from chain(n - 1)
    else:
        yield 1
print(sum(chain(100000)))
