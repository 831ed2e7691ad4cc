input("prompt")
