class Neg:
    def __len__(self):
        return -1
print("len?")
print(bool(Neg()))
