def build(depth, *path, sep="/", **meta):
    if depth == 0:
        return sep.join(path) + (f"?{'&'.join(f'{k}={v}' for k, v in meta.items())}" if meta else "")
    return build(depth - 1, *path, f"n{depth}", sep=sep, **meta)
print(build(3), build(2, "root", sep=".", v=1, q="x"))
print(build(1, sep=None))
