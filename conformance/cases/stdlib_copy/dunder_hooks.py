import copy
class Q:
    def __copy__(self):
        return "copied"
    def __deepcopy__(self, memo):
        return "deep"
print(copy.copy(Q()), copy.deepcopy(Q()))
class G:
    def __getstate__(self):
        return {"v": 9}
    def __setstate__(self, st):
        self.v = st["v"] + 1
print(copy.copy(G()).v, copy.deepcopy(G()).v)
