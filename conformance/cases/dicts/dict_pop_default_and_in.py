stock = {"apple": 3, "pear": 0}
for fruit in ["apple", "pear", "plum"]:
    n = stock.pop(fruit, None)
    print(fruit, n, fruit in stock)
print(stock, bool(stock))
