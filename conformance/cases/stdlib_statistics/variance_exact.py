import statistics as st
from fractions import Fraction
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data))
print(st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]))
print(st.variance([1, 2, 3], xbar=2), st.pvariance([1, 2, 3], mu=2))
print(st.variance([Fraction(1, 2), Fraction(3, 4), Fraction(5, 4)]))
print(st.pvariance([10**20, 10**20 + 1, 10**20 + 2]))
print(st.variance([0.1, 0.2, 0.3, 0.4]), st.variance([True, False, True]))
