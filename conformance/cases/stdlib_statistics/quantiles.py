import statistics as st
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129]
print(st.quantiles(data))
print(st.quantiles(data, n=10))
print(st.quantiles(data, n=10, method='inclusive'))
print(st.quantiles([1, 2], n=3), st.quantiles([1.5, 2.5, 10], n=1))
print(st.quantiles(range(1, 101), n=4, method='inclusive'))
