class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku = sku
class Inventory:
    def __init__(self):
        self._stock = {}
    def add(self, sku, n):
        self._stock[sku] = self._stock.get(sku, 0) + n
        return self
    def take(self, sku, n):
        have = self._stock.get(sku, 0)
        if n > have:
            raise OutOfStock(sku, n, have)
        self._stock[sku] = have - n
    def __contains__(self, sku):
        return self._stock.get(sku, 0) > 0
    def __repr__(self):
        return "Inventory(" + ", ".join(f"{k}={v}" for k, v in sorted(self._stock.items())) + ")"
inv = Inventory().add("bolt", 10).add("nut", 4).add("gear", 1)
orders = [("bolt", 3), ("gear", 1), ("nut", 5), ("bolt", 7)]
for sku, n in orders:
    try:
        inv.take(sku, n)
        print("took", n, sku)
    except OutOfStock as e:
        print("skipped:", e)
print(inv, "gear" in inv, "bolt" in inv)
inv.take("washer", 1)
