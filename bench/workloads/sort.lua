-- Sorting ints, pairs and strings (same as sort.py; table.sort is not stable,
-- so the comparators break ties explicitly).
local seed = 12345
local xs = {}
for i = 1, N do
  seed = (seed * 1103515245 + 12345) % 2147483648
  xs[i] = seed % 100000
end
local function copy(t) local c = {}; for i = 1, #t do c[i] = t[i] end; return c end
local a = copy(xs); table.sort(a)
local b = copy(xs); table.sort(b, function(x, y) return x > y end)
local pairs_ = {}
for i = 1, #xs do pairs_[i] = {xs[i] % 100, -xs[i]} end
table.sort(pairs_, function(p, q) if p[1] ~= q[1] then return p[1] < q[1] end; return p[2] < q[2] end)
local names = {}
for i = 1, N // 2 do names[i] = {"n" .. tostring(xs[i]), i} end
table.sort(names, function(p, q) if #p[1] ~= #q[1] then return #p[1] < #q[1] end; return p[2] < q[2] end)
local c = copy(xs)
table.sort(c, function(x, y) if x % 10 ~= y % 10 then return x % 10 < y % 10 end; return x < y end)
print(a[1], a[#a], b[1], pairs_[1][1], pairs_[1][2], pairs_[#pairs_][1], pairs_[#pairs_][2], names[1][1], c[N // 2 + 1])
