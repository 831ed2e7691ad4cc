# corral: external record
pos = [1, 2, 3]
kw = {"alpha": "a", "beta": [1]}
print(record(*pos))
print(record(**kw))
print(record(0, *pos, gamma=3, **kw))
