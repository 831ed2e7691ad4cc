xs = [3, 1, 2]
xs.append(5); xs.insert(0, 9); xs.extend([7, 7]); print(xs)
print(xs.pop(), xs.pop(0), xs.index(2), xs.count(7), len(xs))
xs.remove(7); xs.reverse(); print(xs)
xs.sort(); print(xs, sorted(xs, reverse=True))
ys = xs.copy(); ys.clear(); print(xs, ys)
