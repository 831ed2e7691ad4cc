class Bad:
    def __init__(self):
        return 5
print("making")
Bad()
