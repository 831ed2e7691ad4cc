print("abc".startswith(("a", "b")))
"abc".startswith(["a"])
