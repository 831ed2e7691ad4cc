try:
    [][1]
except IndexError as e:
    print("handling", e)
    None.attr
