records = [
    {"id": 1, "email": "ann@example.com", "age": 34},
    {"id": 2, "email": "bob-at-example.com", "age": 27},
    {"id": 3, "email": "cy@example.org", "age": -4},
    {"id": 4, "age": 51},
    {"id": 5, "email": "dee@example.net", "age": "forty"},
]
def validate(rec):
    errors = []
    email = rec.get("email")
    if email is None:
        errors.append("missing email")
    elif "@" not in email or "." not in email.split("@")[-1]:
        errors.append(f"bad email {email!r}")
    age = rec.get("age")
    if not isinstance(age, int):
        errors.append(f"age not int: {type(age).__name__}")
    elif not 0 <= age <= 150:
        errors.append(f"age out of range: {age}")
    return errors
report = {rec["id"]: validate(rec) for rec in records}
valid = [i for i, errs in report.items() if not errs]
print("valid ids:", valid)
for i, errs in report.items():
    if errs:
        print(f"record {i}: " + "; ".join(errs))
print(f"{len(valid)}/{len(records)} valid ({len(valid) / len(records):.0%})")
