import statistics as st
tests = [
    lambda: st.mean([]),
    lambda: st.fmean([]),
    lambda: st.median([]),
    lambda: st.median_low([]),
    lambda: st.median_grouped([]),
    lambda: st.mode([]),
    lambda: st.harmonic_mean([]),
    lambda: st.geometric_mean([]),
    lambda: st.pvariance([]),
    lambda: st.pstdev([]),
]
for t in tests:
    try:
        print(t())
    except st.StatisticsError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
