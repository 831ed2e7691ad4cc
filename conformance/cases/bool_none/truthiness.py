class Empty:
    def __len__(self):
        return 0
class Yes:
    def __bool__(self):
        return True
for v in [0, 0.0, 0j, "", (), [], {}, set(), None, Empty(), Yes(), 1, "a", [None], range(0), range(1)]:
    print(type(v).__name__, bool(v))
