import_name = "value"
vals = {"pi": 3.14159, "e": 2.71828}
for k, v in vals.items():
    print(f"{k!s:>4} = {v:{'.3f' if k == 'pi' else '.1f'}}")
x = 42
print(f"{x = :08.2f}", f"{x!r:^6}", f"{x:{'>'}{10}}")
print(f"{'{'}{x}{'}'}", f"{x:}", f"{x!s:}")
