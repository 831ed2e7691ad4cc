import heapq
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nsmallest(2, [(1, "b"), (1, "a"), (0, "z")]), heapq.nlargest(2, [-5, 3, -7], key=abs))
print(heapq.nsmallest(3, [1, 2, 3, 4], key=lambda x: -x), heapq.nlargest(2, [], key=len))
