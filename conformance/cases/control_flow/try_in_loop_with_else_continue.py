for v in ["1", "x", "3"]:
    try:
        n = int(v)
    except ValueError:
        print("skip", v)
        continue
    else:
        print("parsed", n)
    finally:
        print("checked", v)
