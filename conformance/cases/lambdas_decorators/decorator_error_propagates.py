def logged(fn):
    def wrapper(*a):
        print("calling", fn.__name__, a)
        result = fn(*a)
        print("returned", result)
        return result
    return wrapper
@logged
def div(a, b):
    return a / b
div(6, 3)
div(1, 0)
