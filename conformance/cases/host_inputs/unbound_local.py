# corral: inputs counter_start=5
def f():
    print("in f")
    counter_start = counter_start + 1
    return counter_start
f()
