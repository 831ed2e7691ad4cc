def f():
    return compute_total_cost(1)
print("calling f")
f()
