import statistics as st
from fractions import Fraction
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.stdev([1, 2, 3, 4]), st.pstdev([1, 2, 3, 4]))
print(st.stdev([Fraction(1), Fraction(2), Fraction(4)]))
print(st.stdev([1e-300, 2e-300]), st.pstdev([1e150, 3e150]))
print(st.stdev(range(100)), st.pstdev([5, 5, 5]))
