def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i
g = noisy(3)
print("before iteration")
for v in g:
    print("got", v)
    if v == 1:
        break
print("after break")
