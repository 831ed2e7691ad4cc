import statistics as st
tests = [
    lambda: st.covariance([1, 2], [1]),
    lambda: st.covariance([1], [1]),
    lambda: st.correlation([1, 2, 3], [1, 2]),
    lambda: st.correlation([1], [2]),
    lambda: st.correlation([1, 1, 1], [1, 2, 3]),
    lambda: st.linear_regression([1, 2], [1]),
    lambda: st.linear_regression([1], [1]),
    lambda: st.linear_regression([2, 2], [1, 2]),
    lambda: st.NormalDist(0, -1),
    lambda: st.NormalDist(0, 1).inv_cdf(1.0),
    lambda: st.NormalDist(0, 0).pdf(1),
]
for t in tests:
    try:
        print(t())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
