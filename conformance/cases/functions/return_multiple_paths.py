def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return -1
def early(n):
    if n:
        return
    print("fell through")
print(find([4, 5, 6], 6), find([], 1), early(1), early(0))
