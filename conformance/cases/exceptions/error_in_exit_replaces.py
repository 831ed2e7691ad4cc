class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise KeyError("from exit")
with CM():
    raise ValueError("from body")
