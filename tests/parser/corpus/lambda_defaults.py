f = lambda a=(1, 2), *b, c=lambda: 0: 0
g = lambda: (yield)
