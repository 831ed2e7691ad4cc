def reader(chunks):
    it = iter(chunks)
    def read():
        return next(it, "")
    out = []
    while (c := read()):
        out.append(c.upper())
    return out
print(reader(["ab", "cd"]), reader([]))
