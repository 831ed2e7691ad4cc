errors = []
for item in ["1", "x", "3", None]:
    try:
        errors.append(int(item))
    except (ValueError, TypeError) as e:
        errors.append(f"{type(e).__name__}: {e}")
print(errors)
