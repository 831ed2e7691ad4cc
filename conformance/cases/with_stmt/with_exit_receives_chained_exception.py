class Show:
    def __exit__(self, et, ev, tb):
        print("exit saw", et.__name__, "context:", type(ev.__context__).__name__)
    def __enter__(self):
        return self
with Show():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("during handling")
