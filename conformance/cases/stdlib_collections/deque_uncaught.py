from collections import deque
queue = deque()
queue.append("job")
print(queue.popleft())
try:
    queue.popleft()
except IndexError as e:
    print("empty:", e)
print("done")
