-- A small function called once per iteration (same as loop_fn.py).
local function step(acc, i)
  return (acc * 31 + i) % 1000003
end
local acc = 0
for i = 0, N - 1 do
  acc = step(acc, i)
end
print(acc)
