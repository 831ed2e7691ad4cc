x = lambda x: return x
