g = 1
def remove():
    global g
    del g
remove()
print("removed")
print(g)
