# corral: external counter echo
class Managed:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("enter")
        return "resource"
    def __exit__(self, exc_type, exc, tb):
        self.log.append("exit " + (exc_type.__name__ if exc_type else "-"))
        return True
log = []
with Managed(log) as r:
    print("inside", echo(r), counter())
with Managed(log):
    print("inside again", counter())
    raise KeyError(echo("swallowed"))
print(log)
print("after", counter())
