x = "global"
def f():
    print("inside f")
    print(x)
    x = "local"
f()
