import statistics as st
from fractions import Fraction
print(st.geometric_mean([54, 24, 36]))
print(st.geometric_mean([1.5, 2.5, 10]))
print(st.harmonic_mean([2.5, 3, 10]))
print(st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.harmonic_mean([1, 0, 4]))
print(st.harmonic_mean([7]), st.harmonic_mean([Fraction(1, 2), Fraction(1, 3)]))
print(st.harmonic_mean([1, 2, 4]))
