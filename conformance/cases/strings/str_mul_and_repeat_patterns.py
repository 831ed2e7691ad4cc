print("-" * 20)
print("=" * 3 + ">" + " " * 2 + "|")
print(["ab"] * 2, "ab" * True, "x" * False == "")
print("ab" * 2.5)
