print(hash((1,)) == hash((1,)))
hash([1])
