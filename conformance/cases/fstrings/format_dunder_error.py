class Q:
    pass
q = Q()
print(f"{'ok'}")
print(f"{q:spec}")
