class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"
class OnlyStr:
    def __str__(self):
        return "just str"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()], f"{OnlyRepr()}")
print(OnlyStr(), "%s" % OnlyStr())
