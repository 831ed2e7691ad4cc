print(object() == object(), [] == [], id is id, len.__name__, print.__name__)
print(str.upper("x"), list.__name__, int.__name__, dict.fromkeys("ab"), str.join(",", "xy"))
