é = 1
π_2 = é
class Ünï: pass
x = "ü" + "中文"
