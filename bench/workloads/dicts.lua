-- Tables with int and string keys: insert, lookup, delete (same as dicts.py).
local d, nd = {}, 0
for i = 0, N - 1 do d[i * 7] = i; nd = nd + 1 end
local hits = 0
for i = 0, N * 2 - 1 do
  local v = d[i]
  if v ~= nil then hits = hits + v end
end
for i = 0, N * 7 - 1, 14 do
  if d[i] ~= nil then d[i] = nil; nd = nd - 1 end
end
local s, ns = {}, 0
for i = 0, N - 1 do s["key" .. tostring(i)] = i; ns = ns + 1 end
local total = 0
for i = 0, N - 1, 3 do total = total + s["key" .. tostring(i)] end
for i = 0, N - 1, 2 do s["key" .. tostring(i)] = nil; ns = ns - 1 end
for i = 0, N // 2 - 1 do s["new" .. tostring(i)] = i; ns = ns + 1 end
local sum = 0
for _, v in pairs(s) do sum = sum + v end
print(nd, hits, ns, total, sum % 1000003)
