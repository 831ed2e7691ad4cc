class Base:
    @classmethod
    def create(cls):
        return f"create {cls.__name__}"
    @property
    def label(self):
        return "base"
class Child(Base):
    @classmethod
    def create(cls):
        return super().create() + " via Child"
    @property
    def label(self):
        return super().label + "+child"
print(Child.create(), Child().label, Base().label)
