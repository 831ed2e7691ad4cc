import statistics as st
for data in ([1, 3, 5], [1, 3, 5, 7], [5, 1, 4, 2], ['b', 'a', 'c'], [2.5, 1.5], range(10), [3]):
    print(st.median(data), st.median_low(data), st.median_high(data))
