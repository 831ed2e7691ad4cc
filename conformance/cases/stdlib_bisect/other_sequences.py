import bisect
print(bisect.bisect_left(range(0, 100, 5), 37), bisect.bisect_right((1, 2, 3), 2), bisect.bisect_left("acegi", "d"))
class Log(list):
    def insert(self, i, x):
        print("insert", i, x)
        list.insert(self, i, x)
l = Log([1, 3, 5])
bisect.insort(l, 4)
print(l)
