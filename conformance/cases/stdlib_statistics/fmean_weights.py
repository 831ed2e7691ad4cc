import statistics as st
print(st.fmean([3.5, 4.0, 5.25]))
print(st.fmean(iter([1, 2, 3, 4])))
print(st.fmean([0.1] * 10))
print(st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(st.fmean([1, 2, 3], weights=iter([3, 2, 1])))
