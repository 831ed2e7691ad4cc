class R:
    @property
    def area(self):
        return 4
r = R()
print(r.area)
r.area = 5
