print(round(2.5), round(-3.567, 1))
round("2.5")
