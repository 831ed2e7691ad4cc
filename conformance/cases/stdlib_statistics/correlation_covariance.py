import statistics as st
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(z, x), st.covariance(x, x))
print(st.correlation(x, x), st.correlation(x, y), st.correlation(x, z))
print(st.covariance([0.5, 1.5], [2.25, 0.75]), st.correlation([1.0, 2.0, 4.0], [3.0, 1.0, 7.0]))
