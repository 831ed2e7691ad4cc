from abc import abstractmethod
class NotAbc:
    @abstractmethod
    def f(self):
        return "still callable"
print(NotAbc().f(), NotAbc.f.__isabstractmethod__)
