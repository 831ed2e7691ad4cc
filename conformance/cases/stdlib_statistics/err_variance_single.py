import statistics as st
tests = [
    lambda: st.variance([1]),
    lambda: st.stdev([2.5]),
    lambda: st.variance(iter([])),
    lambda: st.stdev([]),
]
for t in tests:
    try:
        print(t())
    except st.StatisticsError as e:
        print(type(e).__name__, e)
