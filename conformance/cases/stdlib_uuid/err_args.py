# Wrong argument combinations, sizes and ranges.
import uuid

attempts = [
    lambda: uuid.UUID(),
    lambda: uuid.UUID('0' * 32, int=1),
    lambda: uuid.UUID(bytes=b'short'),
    lambda: uuid.UUID(bytes_le=b''),
    lambda: uuid.UUID(int=-1),
    lambda: uuid.UUID(int=1 << 128),
    lambda: uuid.UUID(fields=(1, 2, 3)),
    lambda: uuid.UUID(int=1, version=9),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)
