class Base:
    pass
class WithEq(Base):
    def __eq__(self, o):
        return True
print(Base.__hash__ is not None, WithEq.__hash__)
print({1: 2}.get(WithEq(), "unreached"))
