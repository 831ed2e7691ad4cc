import string
print(string.capwords("hello   world  foo"))
print(string.capwords(" leading and trailing "))
print(string.capwords("a-b-c", "-"), string.capwords("ALL CAPS here"))
