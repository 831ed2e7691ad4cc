def f(flag):
    if flag:
        result = "set"
    return result
print(f(True))
f(False)
