def outer():
    def inner():
        nonlocal running_total_counter
        running_total_counter += 1
        return running_total_counter
    result = inner()
    running_total_counter = 0
    return result
print("start")
outer()
