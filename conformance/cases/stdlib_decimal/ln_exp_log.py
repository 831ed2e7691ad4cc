from decimal import Decimal as D
print(D(2).ln(), D(10).ln(), D('0.5').ln(), D(1).ln(), D('1.00001').ln())
print(D(1).exp(), D(-5).exp(), D(0).exp(), D('1e-10').exp(), D(50).exp())
print(D(100).log10(), D('0.001').log10(), D(7).log10(), D(2).log10())
print(D('inf').ln(), D(0).ln(), D('-inf').exp())
