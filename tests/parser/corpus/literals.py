a = 1; b = 0x1F; c = 0o17; d = 0b1010; e = 1_000_000; f = 0XFF_FF
g = 1.5; h = 1e16; i = 1.5e-5; j = 3j; k = 1.5J; l = .5; m = 5.; n = 1e308 * 10
o = 10**20; p = 0x_ff; q = 0; q2 = 00; q3 = 0_0
r = 'single'; s = "double"; t = '''triple'''; u = """triple2"""
v = r'raw\n'; w = b'bytes\x00\xff'; x = rb'\d'; y = Br"x"; z = u'unicode'
aa = 'a' 'b' "c"; bb = b'a' b'b'; cc = 'esc\t\n\r\\\'\"\a\b\f\v\0\7\77\777\x41\u00e9\U0001F600'
dd = '\q\d'; ee = '''multi
line'''; ff = 'line\
cont'
gg = "it's"; hh = 'say "hi"'; ii = 'both \' and "'; jj = 'é€😀'; kk = '\x00\x7f\x80\xa0\xad'
ll = ...; mm = None; nn = True; oo = False
pp = 123456789012345678901234567890; qq = 0xDEADBEEFDEADBEEFDEADBEEF
rr = 1e-7; ss = 123456789.0; tt = 1e22; uu = 0.1 + 0.2; vv = 2.5e-10j
ww = u'a' 'b'; xx = '' ''; yy = b''; zz = 1e15; z2 = 1e16; z3 = 123e-20; z4 = 0.0001; z5 = 0.00001
z6 = 1.7976931348623157e308; z7 = 5e-324; z8 = 1_0.0_1e1_0; z9 = 0j; z10 = 1e400j
s1 = "\ud800"; s2 = b"\777"
