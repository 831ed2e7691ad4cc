import statistics as st
print(st.median_grouped([52, 52, 53, 54]))
print(st.median_grouped([1, 3, 3, 5, 7]))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.median_grouped([2.5]), st.median_grouped(range(1, 8), 0.5))
