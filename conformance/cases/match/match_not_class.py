x = 5
match x:
    case int():
        print("int")
match x:
    case len():
        print("never")
