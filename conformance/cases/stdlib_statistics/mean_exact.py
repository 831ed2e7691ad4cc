import statistics as st
from fractions import Fraction
print(st.mean([1, 2, 3, 4, 4]))
print(st.mean([1, 2, 3, 4]))
print(st.mean([0.1, 0.2, 0.3]))
print(st.mean([1e20, 1, -1e20]))
print(st.mean([Fraction(1, 3), Fraction(1, 6)]))
print(st.mean([True, False, True]))
print(st.mean(range(1, 101)), st.mean(iter([2.5, 3.5])))
print(st.mean([10**30, 10**30 + 2]))
