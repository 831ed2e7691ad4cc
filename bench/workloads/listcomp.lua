-- Array building loops standing in for comprehensions (same as listcomp.py).
local total = 0
for r = 1, N // 1000 do
  local xs = {}
  for i = 0, 999 do xs[#xs + 1] = i * 2 end
  local ys = {}
  for _, x in ipairs(xs) do if x % 3 == 0 then ys[#ys + 1] = x + 1 end end
  local zs, nz = {}, 0
  for _, x in ipairs(ys) do if zs[x] == nil then nz = nz + 1 end; zs[x] = x * x end
  local ws, nw = {}, 0
  for _, x in ipairs(xs) do local k = x % 17; if not ws[k] then ws[k] = true; nw = nw + 1 end end
  total = total + #ys + nz + nw + ys[#ys]
end
print(total)
