-- Build, split, join and format strings (same as strings.py).
local words = {}
for i = 0, N - 1 do
  words[#words + 1] = "w" .. tostring(i % 97) .. "x"
end
local text = table.concat(words, " ")
local parts = {}
for p in string.gmatch(text, "[^ ]+") do parts[#parts + 1] = p end
local counts, ncounts = {}, 0
for _, p in ipairs(parts) do
  local c = counts[p]
  if c == nil then ncounts = ncounts + 1; c = 0 end
  counts[p] = c + 1
end
local lines = {}
for i = 0, N // 10 - 1 do
  local part = parts[i + 1]
  lines[#lines + 1] = string.format("%d:%s|%5.2f", i, string.upper(part), i / 7) ..
    string.format("%d-%d", i, #part)
end
local joined = table.concat(lines, "\n")
local _, w1 = string.gsub(joined, "W1", "")
local stripped = string.gsub(text, "w", "")
print(#text, #parts, ncounts, #joined, w1, (string.find(stripped, "96x", 1, true) or 0) - 1)
