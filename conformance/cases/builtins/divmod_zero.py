print(divmod(7, 2))
divmod(7, 0)
