-- Classes as metatables: method calls, field reads and writes, inheritance (same as classes.py).
local Point = {}
Point.__index = Point
function Point.new(x, y) return setmetatable({x = x, y = y}, Point) end
function Point:add(other) return Point.new(self.x + other.x, self.y + other.y) end
function Point:norm1() return math.abs(self.x) + math.abs(self.y) end

local Counter = {}
Counter.__index = Counter
function Counter.new() return setmetatable({count = 0}, Counter) end
function Counter:bump(k) self.count = self.count + k; return self.count end

local Scaled = setmetatable({}, {__index = Counter})
Scaled.__index = Scaled
function Scaled.new() return setmetatable({count = 0}, Scaled) end
function Scaled:bump(k) return Counter.bump(self, k * 2) end

local p = Point.new(0, 0)
local step = Point.new(1, -2)
local c = Counter.new()
local s = Scaled.new()
for i = 0, N - 1 do
  p = p:add(step)
  c:bump(i % 5)
  s:bump(1)
end
print(p.x, p.y, p:norm1(), c.count, s.count)
