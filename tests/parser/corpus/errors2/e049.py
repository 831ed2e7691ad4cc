a, b = 
