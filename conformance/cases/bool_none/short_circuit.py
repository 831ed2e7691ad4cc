def t(name, v):
    print("eval", name)
    return v
print(t("a", 0) or t("b", "x"))
print(t("c", 1) and t("d", ""))
print(t("e", None) and t("f", 1))
print(t("g", []) or t("h", 0) or t("i", "last"))
print(not t("j", 0))
