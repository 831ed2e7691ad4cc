class C:
    base = 10
    items = [i * 2 for i in range(3)]
print(C.items)
class D:
    offset_amount = 10
    items = [offset_amount + i for i in range(3)]
