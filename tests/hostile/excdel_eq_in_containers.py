# hostile: expect ok
class Bad:
    def __eq__(self, other):
        raise KeyError("eq fails")
    __hash__ = object.__hash__
lst = [Bad(), Bad()]
for op in (lambda: Bad() in lst, lambda: lst.index(3), lambda: lst.count(1), lambda: lst.remove(5),
           lambda: lst == [Bad(), Bad()], lambda: (1, Bad()) == (1, Bad()), lambda: sorted([Bad(), Bad()])):
    try:
        op()
        print("ok")
    except (KeyError, TypeError) as e:
        print(type(e).__name__)
