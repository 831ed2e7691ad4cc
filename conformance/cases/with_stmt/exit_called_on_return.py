class Tracker:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("enter")
    def __exit__(self, *a):
        self.log.append("exit")
log = []
def f():
    with Tracker(log):
        log.append("body")
        return "ret"
print(f(), log)
