# corral: limit time_ms=500
# hostile: expect limit=time
# quadratic substring search: haystack and needle of many 'a's
hay = "a" * 2000000
needle = "a" * 1000000 + "b"
while True:
    hay.find(needle)
    hay.count(needle)
