print("x")
raise ValueError("a") from 5
