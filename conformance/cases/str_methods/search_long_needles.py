# Needles longer than 32 bytes take a different search path (linear-time
# KMP); its answers must equal the short-needle path's and CPython's.
state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n


for alphabet in ["ab", "abc", "aé", "a"]:
    for trial in range(150):
        hay = "".join(alphabet[rand(len(alphabet))] for _ in range(rand(160)))
        m = 30 + rand(30)
        if hay and rand(2):
            i = rand(len(hay))
            needle = hay[i:i + m] or "a" * m
        else:
            needle = "".join(alphabet[rand(len(alphabet))] for _ in range(m))
        print(hay.find(needle), hay.rfind(needle), hay.count(needle), needle in hay,
              hay.find(needle, 3, 150), hay.rfind(needle, 5), len(hay.split(needle)),
              hay.replace(needle, "-").count("-"), hay.partition(needle)[2] == hay[hay.find(needle) + len(needle):] if needle in hay else None)

hay = "a" * 100000
needle = "a" * 50000 + "b"
print(hay.find(needle), hay.rfind(needle), hay.count(needle), needle in hay)
print(("b" + "a" * 50000 + hay).rfind("b" + "a" * 50000), (hay + needle).find(needle))
