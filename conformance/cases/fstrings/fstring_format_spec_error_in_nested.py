width = "wide"
print(f"{'x':>5}")
print(f"{'x':>{width}}")
