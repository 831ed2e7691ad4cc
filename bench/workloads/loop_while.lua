-- Arithmetic in a while loop (same as loop_while.py).
local total = 0
local i = 0
while i < N do
  total = (total + i * 3 - (i >> 1)) % 1000003
  i = i + 1
end
print(total)
