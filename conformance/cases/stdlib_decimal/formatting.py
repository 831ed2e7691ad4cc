from decimal import Decimal as D
print(format(D('1.5'), '.2f'), format(D('1234567.891'), ',.2f'), format(D('1234.5'), '010.2f'))
print(format(D('0.000012'), 'e'), format(D('1.23'), '%'), '{:>10}'.format(D('3.14')))
specs = ['', 'f', '.0f', '.3e', 'E', 'g', '.3g', '+.1f', ' ', ',', '>12,.2f', '*^14.3f',
         '08.2f', '012,.1f', '.1%', 'z.1f', '.2n', '5', '<5', '=+9.2f', '.0e', '.0%', 'G', '.10g']
for spec in specs:
    row = [format(D(v), spec) for v in ['1234567.891', '-0.0001', '0', '-5', 'inf', '12e5', '-nan']]
    print(repr(spec), row)
print(f'{D("19.999"):.2f} {D("-1234.5"):,} {D("0.5"):.0%} {D("1e-10"):f}')
