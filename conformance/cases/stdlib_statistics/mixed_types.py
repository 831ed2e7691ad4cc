import statistics as st
from fractions import Fraction
print(st.mean([1, Fraction(1, 2)]), st.mean([1, 0.5]), st.mean([Fraction(1, 3), 0.25]))
print(type(st.mean([1, 2])).__name__, type(st.mean([1, 2, 4])).__name__)
print(st.median([Fraction(1, 3), Fraction(2, 3)]), st.variance([1, Fraction(1, 2), 2]))
print(st.mean([float('inf'), 1]), st.mean([float('nan'), 1]))
print(st.pvariance([1, float('inf')]))
