import heapq
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
print(heapq.nlargest(0, nums), heapq.nsmallest(-2, nums), heapq.nlargest(100, nums))
print(heapq.nsmallest(1, nums), heapq.nlargest(1, nums), heapq.nsmallest(2, "hello"), heapq.nlargest(2, iter(range(10))))
