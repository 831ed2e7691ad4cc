print(float("2.5"))
float("abc")
