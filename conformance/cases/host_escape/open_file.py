print("start")
open("x")
