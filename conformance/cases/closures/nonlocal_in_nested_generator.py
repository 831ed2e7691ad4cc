def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    def gen():
        while count < 3:
            bump()
            yield count
    return gen()
print(list(counter_gen()))
