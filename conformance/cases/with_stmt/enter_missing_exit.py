class OnlyEnter:
    def __enter__(self):
        return 1
print("go")
with OnlyEnter():
    pass
