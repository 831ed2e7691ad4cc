class ValidationError(ValueError):
    pass
def validate(age):
    if age < 0:
        raise ValidationError(f"age must be >= 0, got {age}")
    return age
print(validate(5))
try:
    validate(-1)
except ValueError as e:
    print("caught", type(e).__name__, e)
validate(-2)
