"""doc

x = 1
