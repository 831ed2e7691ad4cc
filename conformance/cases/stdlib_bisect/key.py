import bisect
records = [("alice", 25), ("bob", 30), ("carol", 35), ("dave", 40)]
print(bisect.bisect_left(records, 30, key=lambda r: r[1]), bisect.bisect_right(records, 30, key=lambda r: r[1]))
bisect.insort(records, ("eve", 33), key=lambda r: r[1])
print(records)
bisect.insort_left(records, ("fay", 25), key=lambda r: r[1])
print(records[:3], bisect.bisect(records, 100, key=lambda r: r[1]))
