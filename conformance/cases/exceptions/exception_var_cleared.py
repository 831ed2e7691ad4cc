try:
    raise ValueError("v")
except ValueError as err:
    print("got", err)
print(err)
