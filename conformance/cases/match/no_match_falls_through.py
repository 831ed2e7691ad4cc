def f(x):
    match x:
        case 1:
            return "one"
    return "nothing matched"
print(f(1), f(2))
