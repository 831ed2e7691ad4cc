x = 10
y = "s"
print(f"{x=}", f"{x * 2 = }", f"{y=}", f"{x=:>5}", f"{y=!s}")
