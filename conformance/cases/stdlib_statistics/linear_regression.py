import statistics as st
year = [1971, 1975, 1979, 1982, 1983]
films = [1, 2, 3, 4, 5]
lr = st.linear_regression(year, films)
print(lr)
print(lr.slope, lr.intercept, round(lr.slope * 2019 + lr.intercept))
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
slope, intercept = st.linear_regression([0, 1], [1, 3])
print(slope, intercept, type(lr).__name__)
