def compute():
    value_total = 5
    return value_totl
compute()
