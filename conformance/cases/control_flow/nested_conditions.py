def grade(score, bonus=False):
    if score >= 90 or (bonus and score >= 85):
        g = "A"
    elif score >= 80:
        g = "B" if not bonus else "B+"
    else:
        if score < 50:
            g = "F"
        else:
            g = "C"
    return g
print([grade(s) for s in (95, 86, 81, 49, 70)], grade(86, True), grade(81, True))
