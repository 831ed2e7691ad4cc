match {"x": 1, "y": 2}:
    case {"z": _}:
        print("has z")
    case {"x": 1, "y": y}:
        print("x=1, y =", y)
