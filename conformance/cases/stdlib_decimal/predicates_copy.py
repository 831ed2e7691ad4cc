from decimal import Decimal as D
for v in ['0', '-0.00', '1.5', '-2', 'NaN', 'sNaN', 'inf', '-Infinity', '1e-7']:
    d = D(v)
    print(v, d.is_nan(), d.is_snan(), d.is_qnan(), d.is_zero(), d.is_signed(),
          d.is_finite(), d.is_infinite(), d.is_normal(), bool(d) if not d.is_snan() else None)
print(D('-1.5').copy_abs(), D('1.5').copy_negate(), D(1).copy_sign(D(-2)), D('-3').copy_sign(4))
print(D('123.45').adjusted(), D('0.001').adjusted(), D('1e5').adjusted(), D(0).adjusted())
print(D(5).is_canonical(), D('1.5').real, D('1.5').imag, D('2').conjugate())
