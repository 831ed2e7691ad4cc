import json
print(json.dumps([0.1, 1.0, -0.0, 1e16, 1e-7, 123456.789, 2.5e-300, 1 / 3]))
print(json.dumps([10 ** 30, -(2 ** 70), 0, True, 1.5e300 * 10]))
print(json.dumps(float("nan")), json.dumps(float("-inf")), json.dumps({"v": float("inf")}))
class MyInt(int):
    pass
class MyFloat(float):
    pass
print(json.dumps([MyInt(7), MyFloat(2.5)]))
