for v in [1.0, 1.5, -0.0, 1e300, 2.5e-3]:
    print(v, v.is_integer(), v.as_integer_ratio())
float("inf").as_integer_ratio()
