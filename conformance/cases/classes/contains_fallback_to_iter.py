class Evens:
    def __iter__(self):
        print("iter called")
        return iter([0, 2, 4])
print(2 in Evens(), 3 in Evens())
