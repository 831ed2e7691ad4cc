try:
    1 / 0
except ZeroDivisionError as e:
    print("caught:", e)
print(1 / 0)
