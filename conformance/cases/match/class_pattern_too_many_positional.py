class P:
    __match_args__ = ("a",)
    def __init__(self, a):
        self.a = a
match P(1):
    case P(a):
        print("matched", a)
match P(1):
    case P(a, b):
        print("never")
