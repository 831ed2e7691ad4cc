class Bad:
    def __len__(self):
        return "3"
print("len")
len(Bad())
