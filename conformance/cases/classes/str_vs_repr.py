class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(1234)
print(m, str(m), repr(m), [m], f"{m}", f"{m!r}", "%s %r" % (m, m))
