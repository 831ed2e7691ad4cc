class P:
    __match_args__ = ("missing_attr",)
match P():
    case P(1):
        print("no")
    case _:
        print("fallthrough")
