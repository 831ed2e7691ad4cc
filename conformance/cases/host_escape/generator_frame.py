g = (i for i in range(3))
print(next(g))
g.gi_frame
