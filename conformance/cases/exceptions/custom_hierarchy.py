class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "page missing")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))
print(issubclass(NotFound, AppError), NotFound.__mro__[1].__name__)
raise NotFound(410, "gone")
