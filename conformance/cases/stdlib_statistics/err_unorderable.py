import statistics as st
tests = [
    lambda: st.median([1, 'a']),
    lambda: st.median_grouped(['a', 'b', 'c']),
    lambda: st.mode([[1], [1]]),
    lambda: st.multimode([{}, {}]),
    lambda: st.quantiles([1, None, 3]),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
