key = lambda rec: rec["age"]
people = [{"age": 3}, {"name": "x"}]
print(key(people[0]))
sorted(people, key=key)
