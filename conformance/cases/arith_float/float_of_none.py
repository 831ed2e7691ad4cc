print(float("1.5e2"))
float(None)
