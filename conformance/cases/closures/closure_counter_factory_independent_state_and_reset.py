def make():
    state = {"n": 0}
    def inc(by=1):
        state["n"] += by
        return state["n"]
    def reset():
        state["n"] = 0
    inc.reset = reset
    return inc
a, b = make(), make()
print(a(), a(5), b(), a.reset(), a(), b())
