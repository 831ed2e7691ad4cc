print("abc" < "abd", "a" < "B", "Z" < "a", "" < "a", "abc" == "abc", "ab" < "abc")
print(sorted(["banana", "Apple", "cherry", "apple"]), max("hello"), min("hello"))
print("a" * 0 == "", "abc" != "ABC".lower())
