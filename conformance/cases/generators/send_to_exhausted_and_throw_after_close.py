def g():
    yield 1
it = g()
print(list(it))
try:
    it.send(None)
except StopIteration:
    print("send on exhausted -> StopIteration")
it.throw(ValueError("thrown into finished generator"))
