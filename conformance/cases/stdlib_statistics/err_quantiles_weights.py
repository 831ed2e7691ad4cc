import statistics as st
tests = [
    lambda: st.quantiles([1], n=4),
    lambda: st.quantiles([1, 2], n=0),
    lambda: st.quantiles([1, 2], method='middle'),
    lambda: st.fmean([1, 2], weights=[1]),
    lambda: st.fmean([1, 2], weights=[1, -1]),
    lambda: st.mean(['a', 'b']),
    lambda: st.mean([1, 'a']),
]
for t in tests:
    try:
        print(t())
    except (st.StatisticsError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
