class Bad:
    def __bool__(self):
        return 1
print("checking")
if Bad():
    print("yes")
