orders = [
    {"id": "A1", "items": [{"sku": "x", "qty": 2, "price": 1.5}]},
    {"id": "A2", "items": [{"sku": "y", "qty": 1, "price": 10.0}, {"sku": "z", "qty": 3}]},
]
def order_total(order):
    return sum(item["qty"] * item["price"] for item in order["items"])
for order in orders:
    print(order["id"], order_total(order))
