data = [4, 8, 15, 16, 23, 42]
i = 0
acc = 0
while i < len(data) and (acc := acc + data[i]) < 40:
    print("acc", acc)
    i += 1
print("stopped at", i, acc)
