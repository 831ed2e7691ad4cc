xs = list(range(5))
print(xs[-1::-1], xs[3::-1], xs[:-6:-1], xs[-6::-1], xs[10:0:-3], xs[0:10:-1])
