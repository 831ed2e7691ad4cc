-- Arithmetic in a numeric for loop (same as loop_for.py).
local total = 0
for i = 0, N - 1 do
  total = (total + i * 3 - (i >> 1)) % 1000003
end
print(total)
