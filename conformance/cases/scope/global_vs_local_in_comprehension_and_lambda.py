factor = 3
values = [1, 2, 3]
scaled = [v * factor for v in values]
fn = lambda v: v * factor
factor = 10
print(scaled, fn(1), [fn(v) for v in values])
