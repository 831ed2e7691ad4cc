print("ab" * -1 == "", "ab" * 3)
print("ab" * "3")
