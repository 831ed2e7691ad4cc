def probe(v):
    try:
        if v == 1:
            raise KeyError("a")
        if v == 2:
            raise IndexError("b")
        if v == 3:
            raise TypeError("c")
        return "none"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
for v in range(4):
    print(probe(v))
