from fractions import Fraction
import math
print(Fraction('3.141592653589793').limit_denominator(10))
print(Fraction('3.141592653589793').limit_denominator(100))
print(Fraction(math.pi).limit_denominator(1000))
print(Fraction(math.pi).limit_denominator())
print(Fraction(1, 3).limit_denominator(10), Fraction(0.1).limit_denominator(), Fraction(-17, 13).limit_denominator(5))
print(Fraction(10**30 + 1, 3 * 10**29).limit_denominator())
