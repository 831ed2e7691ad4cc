print(10 // 3)
x = 0
print("about to divide")
print(10 // x)
