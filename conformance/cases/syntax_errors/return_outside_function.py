x = 5
return x
