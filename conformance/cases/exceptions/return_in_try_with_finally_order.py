log = []
def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return i
            log.append(("body", i))
        finally:
            log.append(("fin", i))
print(f(), log)
