print(int(), float(), str(), bool(), list(), tuple(), dict(), sorted(set()), int(2.9e3), float(7), int("0012"), float(" -1.25e-2 "))
print(int(float("1e18")), float("nan") != float("nan"), str(float("inf")))
