try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as v:
    print(type(v.__cause__).__name__, type(v.__context__).__name__, v.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as v:
    print(v.__cause__, type(v.__context__).__name__, v.__suppress_context__)
