def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("ann"), hello.__name__)
