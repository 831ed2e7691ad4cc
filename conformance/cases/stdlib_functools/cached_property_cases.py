from functools import cached_property
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__)
del c.area
print(c.area)
c.area = 0
print(c.area)
print(type(Circle.area).__name__, Circle.area.attrname)
