try:
    {}["a'b"]
except KeyError as e:
    print(str(e), repr(e))
{}[""]
