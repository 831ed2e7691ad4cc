print("start")
with 5:
    pass
