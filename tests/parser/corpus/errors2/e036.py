x = 0L
