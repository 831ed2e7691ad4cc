words = ["zebra", "Zebra", "éclair", "apple", "Äpfel", "_under", "123", " space"]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(min(words), max(words))
