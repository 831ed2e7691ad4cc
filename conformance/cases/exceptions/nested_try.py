def f():
    try:
        try:
            raise KeyError("inner")
        except ValueError:
            print("wrong handler")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
        return 1
    finally:
        print("outer finally")
print(f())
