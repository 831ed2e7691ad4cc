counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def define_new():
    global created_later
    created_later = "made"
define_new()
print(created_later)
