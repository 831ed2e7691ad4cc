import copy
class Refuse:
    def __copy__(self):
        raise ValueError("this object cannot be copied")
print(copy.copy([1, 2]))
value = Refuse()
try:
    copy.copy(value)
except ValueError as e:
    print("ValueError", e)
raise ValueError("copy failed for " + type(value).__name__)
