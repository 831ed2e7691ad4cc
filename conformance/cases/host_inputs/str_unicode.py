# corral: inputs s="héllo wörld ✓ 日本"
print(s)
print(len(s))
print(s[1], s[-1], s.upper())
print(s.encode("utf-8"))
print([ord(c) for c in s[-2:]])
