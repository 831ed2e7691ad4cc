def run(x):
    try:
        print("try", x)
        r = 10 // x
    except ZeroDivisionError as e:
        print("except", e)
        return "from except"
    else:
        print("else", r)
        return "from else"
    finally:
        print("finally", x)
print(run(2))
print(run(0))
