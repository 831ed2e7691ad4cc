x = 3e5j5
