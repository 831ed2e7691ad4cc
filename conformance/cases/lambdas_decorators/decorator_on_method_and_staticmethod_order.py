def double_result(fn):
    def wrapper(*a, **k):
        return 2 * fn(*a, **k)
    return wrapper
class Calc:
    factor = 5
    @double_result
    def scaled(self, x):
        return x * self.factor
    @staticmethod
    @double_result
    def static_sq(x):
        return x * x
    @classmethod
    @double_result
    def cls_factor(cls):
        return cls.factor
print(Calc().scaled(3), Calc.static_sq(4), Calc.cls_factor())
