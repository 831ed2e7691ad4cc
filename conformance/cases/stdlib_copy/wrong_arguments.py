import copy
try:
    copy.copy()
except TypeError as e:
    print("TypeError", e)
try:
    copy.deepcopy([1], {}, [], 4)
except TypeError as e:
    print("TypeError", e)
try:
    copy.deepcopy([1], memo=5)
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
