class HttpError(Exception):
    def __init__(self, status, body=""):
        super().__init__(status, body)
        self.status = status
    def __str__(self):
        return f"HTTP {self.status}: {self.args[1] or 'no body'}"
try:
    raise HttpError(404)
except HttpError as e:
    print(e, e.args, e.status)
raise HttpError(500, "server exploded")
