import statistics as st
tests = [
    lambda: st.harmonic_mean([-1, 2]),
    lambda: st.harmonic_mean([-3]),
    lambda: st.harmonic_mean([1, 2], weights=[1]),
    lambda: st.harmonic_mean([1, 2], weights=[-1, 2]),
    lambda: st.geometric_mean([0, 1]),
    lambda: st.geometric_mean([-2, 3]),
    lambda: st.harmonic_mean(['x']),
]
for t in tests:
    try:
        print(t())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
