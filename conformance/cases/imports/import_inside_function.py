def use_os():
    import os
    return os
print("defined")
try:
    use_os()
except ModuleNotFoundError as e:
    print("caught", e)
use_os()
