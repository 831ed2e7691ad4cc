print("  x ".strip())
print("xx".strip(1))
