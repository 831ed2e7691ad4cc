/* The math module: CPython 3.11's functions, constants, special cases and
 * error messages ("math domain error" ValueError, "math range error"
 * OverflowError).  Integer functions (factorial, comb, perm, isqrt, gcd,
 * lcm) work on big ints through the int_* API and charge fuel. */
#include "modules.h"
#include "opcodes.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>

#define PI 3.141592653589793238462643383279502884
#define EULER_E 2.718281828459045235360287471352662498

/* ------------------------------------------------------------ arguments */

/* float(x) for math's purposes: floats, ints (exact to-double rounding),
 * objects with __float__ or __index__; TypeError "must be real number, not str". */
static int to_double(Vm *vm, Value v, double *out)
{
    if (IS_FLOAT(v)) {
        *out = FLOAT_VALUE(v);
        return 0;
    }
    if (is_intlike(v))
        return int_to_double(vm, v, out);
    if (obj_isinstance_type(v, &t_float)) {
        *out = ((FloatObj *)AS_OBJ(v))->value;
        return 0;
    }
    const TypeObj *t = TYPE_OF(v);
    if (!IS_STR(v) && type_lookup_cstr(vm, t, "__float__")) {
        int found;
        Value r = vm_call_method_opt(vm, v, "__float__", NULL, 0, &found);
        if (!r)
            return -1;
        if (!obj_isinstance_type(r, &t_float)) {
            vm_raise(vm, &t_TypeError, "%s.__float__ returned non-float (type %s)", type_name_of(v), type_name_of(r));
            return -1;
        }
        *out = ((FloatObj *)AS_OBJ(r))->value;
        return 0;
    }
    if (!IS_STR(v) && type_lookup_cstr(vm, t, "__index__")) {
        Value i = VAL_NULL;
        int found;
        i = vm_call_method_opt(vm, v, "__index__", NULL, 0, &found);
        if (!i)
            return -1;
        if (!is_intlike(i)) {
            vm_raise(vm, &t_TypeError, "__index__ returned non-int (type %s)", type_name_of(i));
            return -1;
        }
        return int_to_double(vm, i, out);
    }
    vm_raise(vm, &t_TypeError, "must be real number, not %s", type_name_of(v));
    return -1;
}

/* int(operator.index(v)) as a Value: "'float' object cannot be interpreted as an integer" */
static Value to_int(Vm *vm, Value v)
{
    if (IS_SMALLINT(v) || IS_TYPE(v, &t_int))
        return v;
    if (IS_BOOL(v))
        return MAKE_SMALLINT(v == VAL_TRUE);
    if (is_intlike(v))
        return int_add(vm, v, MAKE_SMALLINT(0));
    if (type_lookup_cstr(vm, TYPE_OF(v), "__index__")) {
        int found;
        Value r = vm_call_method_opt(vm, v, "__index__", NULL, 0, &found);
        if (!r)
            return VAL_NULL;
        if (!is_intlike(r))
            return vm_raise(vm, &t_TypeError, "__index__ returned non-int (type %s)", type_name_of(r));
        return to_int(vm, r);
    }
    return vm_raise(vm, &t_TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(v));
}

/* METH_O functions: "math.sqrt() takes exactly one argument (0 given)" */
static int one_arg(Vm *vm, const char *name, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0) {
        vm_raise(vm, &t_TypeError, "math.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        vm_raise(vm, &t_TypeError, "math.%s() takes exactly one argument (%d given)", name, nargs);
        return -1;
    }
    return 0;
}

/* Fixed-count positional functions: "copysign expected 2 arguments, got 1" */
static int n_args(Vm *vm, const char *name, int nargs, Value kwnames, int n)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0) {
        vm_raise(vm, &t_TypeError, "math.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != n) {
        vm_raise(vm, &t_TypeError, "%s expected %d arguments, got %d", name, n, nargs);
        return -1;
    }
    return 0;
}

static Value domain_error(Vm *vm) { return vm_raise(vm, &t_ValueError, "math domain error"); }
static Value range_error(Vm *vm) { return vm_raise(vm, &t_OverflowError, "math range error"); }

/* CPython's math_1: a nan from a non-nan is a domain error; an infinity
 * from a finite argument is an overflow (can_overflow) or a domain error. */
static Value math_1(Vm *vm, const char *name, Value *args, int nargs, Value kwnames,
                    double (*fn)(double), bool can_overflow)
{
    double x;
    if (one_arg(vm, name, nargs, kwnames) < 0 || to_double(vm, args[0], &x) < 0)
        return VAL_NULL;
    errno = 0;
    double r = fn(x);
    if (isnan(r) && !isnan(x))
        return domain_error(vm);
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error(vm) : domain_error(vm);
    if (isfinite(r) && errno == ERANGE && fabs(r) >= 1.5)
        return range_error(vm);
    return float_new(vm, r);
}

/* libm's atanh/acosh/log1p/... are fine for finite values; some of
 * CPython's m_* wrappers special-case the domain edges. */
static double c_log1p(double x)
{
    if (x == -1.0)
        return -INFINITY;   /* infinite from finite: math_1 calls it a domain error */
    return log1p(x);
}

static double c_atanh(double x)
{
    if (fabs(x) == 1.0)
        return x * INFINITY;
    return atanh(x);
}

static double c_sqrt(double x) { return x < 0 ? NAN : sqrt(x); }
static double c_fabs(double x) { return fabs(x); }

#define MATH_1(cname, fn, ovf)                                                     \
    static Value m_##cname(Vm *vm, Value *args, int nargs, Value kwnames)          \
    {                                                                              \
        return math_1(vm, #cname, args, nargs, kwnames, fn, ovf);                  \
    }

MATH_1(acos, acos, false)
MATH_1(acosh, acosh, false)
MATH_1(asin, asin, false)
MATH_1(asinh, asinh, false)
MATH_1(atan, atan, false)
MATH_1(atanh, c_atanh, false)
MATH_1(cbrt, cbrt, false)
MATH_1(cos, cos, false)
MATH_1(cosh, cosh, true)
MATH_1(erf, erf, false)
MATH_1(erfc, erfc, false)
MATH_1(exp, exp, true)
MATH_1(exp2, exp2, true)
MATH_1(expm1, expm1, true)
MATH_1(fabs, c_fabs, false)
MATH_1(log1p, c_log1p, false)
MATH_1(sin, sin, false)
MATH_1(sinh, sinh, true)
MATH_1(sqrt, c_sqrt, false)
MATH_1(tan, tan, false)
MATH_1(tanh, tanh, false)

/* gamma/lgamma: CPython's own Lanczos evaluation (N=13, g=6.0246...), not
 * libm's, so that results agree to the last bit. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
/* coefficient of x**i at index i */
static const double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
static const double lanczos_den_coeffs[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
/* gamma(n) for n = 1..23: exact factorials */
static const double gamma_integral[23] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
    479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
    355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0};
static const double logpi = 1.144729885849400174143427351353058711647;

static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    /* for large x, evaluate as a rational function of 1/x to avoid overflow */
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num_coeffs[i];
            den = den * x + lanczos_den_coeffs[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num_coeffs[i];
            den = den / x + lanczos_den_coeffs[i];
        }
    }
    return num / den;
}

/* sin(pi*x), exact at the multiples of 1/2 */
static double sinpi(double x)
{
    double y = fmod(fabs(x), 2.0);
    int n = (int)round(2.0 * y);
    double r;
    switch (n) {
    case 0: r = sin(PI * y); break;
    case 1: r = cos(PI * (y - 0.5)); break;
    case 2: r = sin(PI * (1.0 - y)); break;
    case 3: r = -cos(PI * (y - 1.5)); break;
    default: r = sin(PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

enum { M_OK, M_DOMAIN, M_RANGE };

static double tgamma_impl(double x, int *err)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        *err = M_DOMAIN;
        return NAN;
    }
    if (x == 0.0) {
        *err = M_DOMAIN;
        return copysign(INFINITY, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            *err = M_DOMAIN;
            return NAN;
        }
        if (x <= 23)
            return gamma_integral[(int)x - 1];
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r))
            *err = M_RANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0)
            return 0.0 / sinpi(x);
        *err = M_RANGE;
        return INFINITY;
    }
    double y = absx + lanczos_g_minus_half;
    double z;
    /* the error of the sum y, recovered exactly */
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -PI / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r))
        *err = M_RANGE;
    return r;
}

static double lgamma_impl(double x, int *err)
{
    if (!isfinite(x))
        return isnan(x) ? x : INFINITY;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            *err = M_DOMAIN;
            return INFINITY;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20)
        return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0)
        r = logpi - log(fabs(sinpi(absx))) - log(absx) - r;
    if (isinf(r))
        *err = M_RANGE;
    return r;
}

static Value gamma_common(Vm *vm, const char *name, Value *args, int nargs, Value kwnames,
                          double (*fn)(double, int *))
{
    double x;
    if (one_arg(vm, name, nargs, kwnames) < 0 || to_double(vm, args[0], &x) < 0)
        return VAL_NULL;
    int err = M_OK;
    double r = fn(x, &err);
    if (err == M_DOMAIN)
        return domain_error(vm);
    if (err == M_RANGE && fabs(r) >= 1.5)
        return range_error(vm);
    return float_new(vm, r);
}

static Value m_gamma(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return gamma_common(vm, "gamma", args, nargs, kwnames, tgamma_impl);
}

static Value m_lgamma(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return gamma_common(vm, "lgamma", args, nargs, kwnames, lgamma_impl);
}

/* ------------------------------------------------ rounding to integers */

/* floor/ceil: ints pass through; __floor__/__ceil__ of other types;
 * else the float's value. */
static Value round_to_int(Vm *vm, const char *name, const char *dunder, Value *args, int nargs,
                          Value kwnames, double (*fn)(double))
{
    if (one_arg(vm, name, nargs, kwnames) < 0)
        return VAL_NULL;
    Value v = args[0];
    if (IS_FLOAT(v))
        return int_from_double(vm, fn(FLOAT_VALUE(v)));
    if (is_intlike(v))
        return to_int(vm, v);
    if (!obj_isinstance_type(v, &t_float) && type_lookup_cstr(vm, TYPE_OF(v), dunder)) {
        int found;
        return vm_call_method_opt(vm, v, dunder, NULL, 0, &found);
    }
    double d;
    if (to_double(vm, v, &d) < 0)
        return VAL_NULL;
    return int_from_double(vm, fn(d));
}

static Value m_floor(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return round_to_int(vm, "floor", "__floor__", args, nargs, kwnames, floor);
}

static Value m_ceil(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return round_to_int(vm, "ceil", "__ceil__", args, nargs, kwnames, ceil);
}

static Value m_trunc(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (one_arg(vm, "trunc", nargs, kwnames) < 0)
        return VAL_NULL;
    Value v = args[0];
    if (IS_FLOAT(v))
        return int_from_double(vm, trunc(FLOAT_VALUE(v)));
    if (is_intlike(v))
        return to_int(vm, v);
    if (type_lookup_cstr(vm, TYPE_OF(v), "__trunc__")) {
        int found;
        return vm_call_method_opt(vm, v, "__trunc__", NULL, 0, &found);
    }
    return vm_raise(vm, &t_TypeError, "type %s doesn't define __trunc__ method", type_name_of(v));
}

/* --------------------------------------------------------------- logs */

/* func(x) for x a positive int of any size: scale it into a double
 * mantissa m (correctly rounded, as CPython's _PyLong_Frexp) and exponent e. */
static int int_log(Vm *vm, Value x, double (*func)(double), double *out)
{
    double d;
    if (int_sign(x) <= 0) {
        domain_error(vm);
        return -1;
    }
    int64_t bits = int_bit_length(x);
    if (bits <= 1000) {
        if (int_to_double(vm, x, &d) < 0)
            return -1;
        *out = func(d);
        return 0;
    }
    int64_t shift = bits - 64;
    Value top = int_rshift(vm, x, MAKE_SMALLINT(shift));
    if (!top)
        return -1;
    Value back = int_lshift(vm, top, MAKE_SMALLINT(shift));
    if (!back)
        return -1;
    if (int_cmp(back, x) != 0 && !(top = int_or(vm, top, MAKE_SMALLINT(1))))
        return -1;   /* sticky bit: keeps the rounding of the dropped bits */
    if (int_to_double(vm, top, &d) < 0)
        return -1;
    double m = ldexp(d, -64);   /* in [0.5, 1] */
    *out = func(m) + (double)bits * func(2.0);
    return 0;
}

typedef double (*LogFn)(double);

static int log_helper(Vm *vm, Value v, LogFn func, double *out)
{
    if (is_intlike(v))
        return int_log(vm, v, func, out);
    double x;
    if (to_double(vm, v, &x) < 0)
        return -1;
    if (isnan(x)) {
        *out = x;
        return 0;
    }
    if (x <= 0 || (isinf(x) && x < 0)) {
        domain_error(vm);
        return -1;
    }
    *out = func(x);
    return 0;
}

static Value m_log(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "math.log() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return vm_raise(vm, &t_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (log_helper(vm, args[0], log, &num) < 0)
        return VAL_NULL;
    if (nargs == 1)
        return float_new(vm, num);
    if (log_helper(vm, args[1], log, &den) < 0)
        return VAL_NULL;
    if (den == 0)
        return vm_raise(vm, &t_ZeroDivisionError, "float division by zero");
    return float_new(vm, num / den);
}

static Value m_log2(Vm *vm, Value *args, int nargs, Value kwnames)
{
    double r;
    if (one_arg(vm, "log2", nargs, kwnames) < 0 || log_helper(vm, args[0], log2, &r) < 0)
        return VAL_NULL;
    return float_new(vm, r);
}

static Value m_log10(Vm *vm, Value *args, int nargs, Value kwnames)
{
    double r;
    if (one_arg(vm, "log10", nargs, kwnames) < 0 || log_helper(vm, args[0], log10, &r) < 0)
        return VAL_NULL;
    return float_new(vm, r);
}

/* ------------------------------------------------- two-float functions */

static int two_doubles(Vm *vm, const char *name, Value *args, int nargs, Value kwnames, double *x, double *y)
{
    if (n_args(vm, name, nargs, kwnames, 2) < 0 || to_double(vm, args[0], x) < 0 || to_double(vm, args[1], y) < 0)
        return -1;
    return 0;
}

static Value m_pow(Vm *vm, Value *args, int nargs, Value kwnames)
{
    double x, y, r;
    if (two_doubles(vm, "pow", args, nargs, kwnames, &x, &y) < 0)
        return VAL_NULL;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x))
            r = y == 0.0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.)
                r = odd_y ? x : fabs(x);
            else if (y == 0.)
                r = 1.;
            else
                r = odd_y ? copysign(0., x) : 0.;
        } else {
            if (fabs(x) == 1.0)
                r = 1.;
            else if (y > 0. && fabs(x) > 1.0)
                r = y;
            else if (y < 0. && fabs(x) < 1.0)
                r = -y;
            else
                r = 0.;
        }
        return float_new(vm, r);
    }
    r = pow(x, y);
    if (isnan(r))
        return domain_error(vm);
    if (isinf(r))
        return x == 0. ? domain_error(vm) : range_error(vm);
    return float_new(vm, r);
}

static Value m_atan2(Vm *vm, Value *args, int nargs, Value kwnames)
{
    double y, x;
    if (two_doubles(vm, "atan2", args, nargs, kwnames, &y, &x) < 0)
        return VAL_NULL;
    return float_new(vm, atan2(y, x));
}

static Value m_copysign(Vm *vm, Value *args, int nargs, Value kwnames)
{
    double x, y;
    if (two_doubles(vm, "copysign", args, nargs, kwnames, &x, &y) < 0)
        return VAL_NULL;
    return float_new(vm, copysign(x, y));
}

static Value m_fmod(Vm *vm, Value *args, int nargs, Value kwnames)
{
    double x, y;
    if (two_doubles(vm, "fmod", args, nargs, kwnames, &x, &y) < 0)
        return VAL_NULL;
    if (isinf(y) && isfinite(x))
        return float_new(vm, x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error(vm);
    return float_new(vm, r);
}

static Value m_remainder(Vm *vm, Value *args, int nargs, Value kwnames)
{
    double x, y;
    if (two_doubles(vm, "remainder", args, nargs, kwnames, &x, &y) < 0)
        return VAL_NULL;
    if (isnan(x))
        return float_new(vm, x);
    if (isnan(y))
        return float_new(vm, y);
    if (isinf(x) || y == 0.0)
        return domain_error(vm);
    if (isinf(y))
        return float_new(vm, x);
    return float_new(vm, remainder(x, y));
}

static Value m_nextafter(Vm *vm, Value *args, int nargs, Value kwnames)
{
    double x, y;
    if (two_doubles(vm, "nextafter", args, nargs, kwnames, &x, &y) < 0)
        return VAL_NULL;
    return float_new(vm, nextafter(x, y));
}

static Value m_ulp(Vm *vm, Value *args, int nargs, Value kwnames)
{
    double x;
    if (one_arg(vm, "ulp", nargs, kwnames) < 0 || to_double(vm, args[0], &x) < 0)
        return VAL_NULL;
    if (isnan(x))
        return float_new(vm, x);
    x = fabs(x);
    if (isinf(x))
        return float_new(vm, x);
    double next = nextafter(x, INFINITY);
    if (isinf(next))
        return float_new(vm, x - nextafter(x, -INFINITY));
    return float_new(vm, next - x);
}

static Value m_degrees(Vm *vm, Value *args, int nargs, Value kwnames)
{
    double x;
    if (one_arg(vm, "degrees", nargs, kwnames) < 0 || to_double(vm, args[0], &x) < 0)
        return VAL_NULL;
    return float_new(vm, x * (180.0 / PI));
}

static Value m_radians(Vm *vm, Value *args, int nargs, Value kwnames)
{
    double x;
    if (one_arg(vm, "radians", nargs, kwnames) < 0 || to_double(vm, args[0], &x) < 0)
        return VAL_NULL;
    return float_new(vm, x * (PI / 180.0));
}

static Value m_isfinite(Vm *vm, Value *args, int nargs, Value kwnames)
{
    double x;
    if (one_arg(vm, "isfinite", nargs, kwnames) < 0 || to_double(vm, args[0], &x) < 0)
        return VAL_NULL;
    return VAL_BOOL(isfinite(x));
}

static Value m_isinf(Vm *vm, Value *args, int nargs, Value kwnames)
{
    double x;
    if (one_arg(vm, "isinf", nargs, kwnames) < 0 || to_double(vm, args[0], &x) < 0)
        return VAL_NULL;
    return VAL_BOOL(isinf(x));
}

static Value m_isnan(Vm *vm, Value *args, int nargs, Value kwnames)
{
    double x;
    if (one_arg(vm, "isnan", nargs, kwnames) < 0 || to_double(vm, args[0], &x) < 0)
        return VAL_NULL;
    return VAL_BOOL(isnan(x));
}

static Value m_frexp(Vm *vm, Value *args, int nargs, Value kwnames)
{
    double x;
    if (one_arg(vm, "frexp", nargs, kwnames) < 0 || to_double(vm, args[0], &x) < 0)
        return VAL_NULL;
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0.0)
        m = frexp(x, &e);
    Value mv = float_new(vm, m);
    if (!mv)
        return VAL_NULL;
    return tuple_pack2(vm, mv, MAKE_SMALLINT(e));
}

static Value m_ldexp(Vm *vm, Value *args, int nargs, Value kwnames)
{
    double x;
    if (n_args(vm, "ldexp", nargs, kwnames, 2) < 0 || to_double(vm, args[0], &x) < 0)
        return VAL_NULL;
    if (!is_intlike(args[1]))
        return vm_raise(vm, &t_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!int_to_i64(args[1], &e))
        e = int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
    if (x == 0.0 || !isfinite(x))
        return float_new(vm, x);
    if (e > 100000)
        return range_error(vm);
    if (e < -100000)
        return float_new(vm, copysign(0., x));
    double r = ldexp(x, (int)e);
    if (isinf(r))
        return range_error(vm);
    return float_new(vm, r);
}

static Value m_modf(Vm *vm, Value *args, int nargs, Value kwnames)
{
    double x, ip, fp;
    if (one_arg(vm, "modf", nargs, kwnames) < 0 || to_double(vm, args[0], &x) < 0)
        return VAL_NULL;
    if (isinf(x)) {
        fp = copysign(0., x);
        ip = x;
    } else if (isnan(x)) {
        fp = ip = x;
    } else {
        fp = modf(x, &ip);
    }
    Value a = float_new(vm, fp), b = float_new(vm, ip);
    if (!a || !b)
        return VAL_NULL;
    return tuple_pack2(vm, a, b);
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
static Value m_isclose(Vm *vm, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    Value av[4];
    if (nargs > 2)
        return vm_raise(vm, &t_TypeError, "isclose() takes exactly 2 positional arguments (%d given)", nargs);
    if (arg_parse(vm, "isclose", args, nargs, kwnames, names, 0, 2, av) < 0)
        return VAL_NULL;
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (to_double(vm, av[0], &a) < 0 || to_double(vm, av[1], &b) < 0 ||
        (av[2] && to_double(vm, av[2], &rel_tol) < 0) || (av[3] && to_double(vm, av[3], &abs_tol) < 0))
        return VAL_NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return vm_raise(vm, &t_ValueError, "tolerances must be non-negative");
    if (a == b)
        return VAL_TRUE;
    if (isinf(a) || isinf(b))
        return VAL_FALSE;
    double diff = fabs(b - a);
    return VAL_BOOL((diff <= fabs(rel_tol * b)) || (diff <= fabs(rel_tol * a)) || (diff <= abs_tol));
}

/* ------------------------------------------------------ hypot and dist */

typedef struct { double hi, lo; } DoubleLength;

static DoubleLength dl_fast_sum(double a, double b)
{
    double x = a + b;
    double z = x - a;
    double y = b - z;
    return (DoubleLength){x, y};
}

static DoubleLength dl_mul(double x, double y)
{
    double z = x * y;
    double zz = fma(x, y, -z);
    return (DoubleLength){z, zz};
}

/* CPython 3.11's vector_norm: scaled, lossless squares summed with
 * compensation, then one differential correction of the square root. */
static double vector_norm(size_t n, double *vec, double max, bool found_nan)
{
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (size_t i = 0; i < n; i++)
            vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    DoubleLength pr, sm;
    for (size_t i = 0; i < n; i++) {
        double x = vec[i] * scale;
        pr = dl_mul(x, x);
        sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    pr = dl_mul(-h, h);
    sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static Value m_hypot(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "math.hypot() takes no keyword arguments");
    double stackbuf[16];
    double *vec = stackbuf;
    if (nargs > 16 && !(vec = mem_alloc(vm, (size_t)nargs * sizeof(double))))
        return VAL_NULL;
    double max = 0.0;
    bool found_nan = false;
    for (int i = 0; i < nargs; i++) {
        double x;
        if (to_double(vm, args[i], &x) < 0) {
            if (vec != stackbuf)
                mem_free(vm, vec, (size_t)nargs * sizeof(double));
            return VAL_NULL;
        }
        x = fabs(x);
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    double r = vector_norm((size_t)nargs, vec, max, found_nan);
    if (vec != stackbuf)
        mem_free(vm, vec, (size_t)nargs * sizeof(double));
    return float_new(vm, r);
}

static Value m_dist(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (n_args(vm, "dist", nargs, kwnames, 2) < 0)
        return VAL_NULL;
    Value p = args[0], q = args[1];
    if (!IS_TUPLE(p)) {
        if (!(p = list_from_iterable(vm, p)) || !(p = tuple_from_array(vm, AS_LIST(p)->items, AS_LIST(p)->len)))
            return VAL_NULL;
    }
    if (!IS_TUPLE(q)) {
        if (!(q = list_from_iterable(vm, q)) || !(q = tuple_from_array(vm, AS_LIST(q)->items, AS_LIST(q)->len)))
            return VAL_NULL;
    }
    size_t n = TUPLE_LEN(p);
    if (n != TUPLE_LEN(q))
        return vm_raise(vm, &t_ValueError, "both points must have the same number of dimensions");
    double stackbuf[16];
    double *vec = stackbuf;
    if (n > 16 && !(vec = mem_alloc(vm, n * sizeof(double))))
        return VAL_NULL;
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double px, qx;
        if (to_double(vm, TUPLE_ITEMS(p)[i], &px) < 0 || to_double(vm, TUPLE_ITEMS(q)[i], &qx) < 0) {
            if (vec != stackbuf)
                mem_free(vm, vec, n * sizeof(double));
            return VAL_NULL;
        }
        double x = fabs(px - qx);
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    double r = vector_norm(n, vec, max, found_nan);
    if (vec != stackbuf)
        mem_free(vm, vec, n * sizeof(double));
    return float_new(vm, r);
}

/* ------------------------------------------------------- fsum and prod */

/* Shewchuk's exact summation with non-overlapping partials, rounded at
 * the end half-even like CPython's msum. */
static Value m_fsum(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (one_arg(vm, "fsum", nargs, kwnames) < 0)
        return VAL_NULL;
    Value it = obj_iter(vm, args[0]);
    if (!it)
        return VAL_NULL;
    double stackbuf[32];
    double *p = stackbuf;
    size_t n = 0, cap = 32;
    double special_sum = 0.0, inf_sum = 0.0;
    Value result = VAL_NULL;
    for (;;) {
        if (vm_tick(vm) < 0)
            goto done;
        Value item = obj_iternext(vm, it);
        if (!item) {
            if (vm_exc_pending(vm))
                goto done;
            break;
        }
        double x;
        if (to_double(vm, item, &x) < 0)
            goto done;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    vm_raise(vm, &t_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    size_t ncap = cap * 2;
                    double *np = mem_alloc(vm, ncap * sizeof(double));
                    if (!np)
                        goto done;
                    memcpy(np, p, n * sizeof(double));
                    if (p != stackbuf)
                        mem_free(vm, p, cap * sizeof(double));
                    p = np;
                    cap = ncap;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum))
            vm_raise(vm, &t_ValueError, "-inf + inf in fsum");
        else
            result = float_new(vm, special_sum);
        goto done;
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        while (n > 0) {
            double x = hi;
            double y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    result = float_new(vm, hi);
done:
    if (p != stackbuf)
        mem_free(vm, p, cap * sizeof(double));
    return result;
}

/* prod(iterable, /, *, start=1) */
static Value m_prod(Vm *vm, Value *args, int nargs, Value kwnames)
{
    Value start = MAKE_SMALLINT(1);
    if (nargs != 1)
        return vm_raise(vm, &t_TypeError, "prod() takes exactly 1 positional argument (%d given)", nargs);
    if (kwnames) {
        for (size_t i = 0; i < TUPLE_LEN(kwnames); i++) {
            if (!str_eq_cstr(TUPLE_ITEMS(kwnames)[i], "start"))
                return vm_raise(vm, &t_TypeError, "'%S' is an invalid keyword argument for prod()", TUPLE_ITEMS(kwnames)[i]);
            start = args[nargs + i];
        }
    }
    Value it = obj_iter(vm, args[0]);
    if (!it)
        return VAL_NULL;
    Value acc = start;
    for (;;) {
        if (vm_tick(vm) < 0)
            return VAL_NULL;
        Value item = obj_iternext(vm, it);
        if (!item)
            return vm_exc_pending(vm) ? VAL_NULL : acc;
        if (!(acc = obj_binary_op(vm, BINOP_MUL, acc, item)))
            return VAL_NULL;
    }
}

/* ------------------------------------------------------- integer math */

static Value int_gcd2(Vm *vm, Value a, Value b)
{
    if (!(a = int_abs(vm, a)) || !(b = int_abs(vm, b)))
        return VAL_NULL;
    int64_t x, y;
    while (int_sign(b) != 0) {
        if (int_to_i64(a, &x) && int_to_i64(b, &y)) {
            uint64_t ux = (uint64_t)x, uy = (uint64_t)y;
            while (uy) {
                uint64_t t = ux % uy;
                ux = uy;
                uy = t;
            }
            return int_from_u64(vm, ux);
        }
        if (vm_tick(vm) < 0)
            return VAL_NULL;
        Value r = int_mod(vm, a, b);
        if (!r)
            return VAL_NULL;
        a = b;
        b = r;
    }
    return a;
}

static Value m_gcd(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "math.gcd() takes no keyword arguments");
    Value acc = MAKE_SMALLINT(0);
    for (int i = 0; i < nargs; i++) {
        Value x = to_int(vm, args[i]);
        if (!x)
            return VAL_NULL;
        if (acc == MAKE_SMALLINT(1))
            continue;   /* still validates the remaining arguments */
        if (!(acc = int_gcd2(vm, acc, x)))
            return VAL_NULL;
    }
    return acc;
}

static Value m_lcm(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "math.lcm() takes no keyword arguments");
    Value acc = MAKE_SMALLINT(1);
    for (int i = 0; i < nargs; i++) {
        Value x = to_int(vm, args[i]);
        if (!x)
            return VAL_NULL;
        if (acc == MAKE_SMALLINT(0))
            continue;
        if (int_sign(x) == 0) {
            acc = MAKE_SMALLINT(0);
            continue;
        }
        Value g = int_gcd2(vm, acc, x);
        Value q = g ? int_floordiv(vm, acc, g) : VAL_NULL;
        Value m = q ? int_mul(vm, q, x) : VAL_NULL;
        if (!m || !(acc = int_abs(vm, m)))
            return VAL_NULL;
    }
    return acc;
}

/* Product of the integers lo..hi (inclusive, 1 <= lo <= hi), by binary
 * splitting so the big multiplications are balanced. */
static Value range_product(Vm *vm, uint64_t lo, uint64_t hi)
{
    if (vm_tick(vm) < 0)
        return VAL_NULL;
    if (hi - lo < 8) {
        uint64_t acc = 1;
        Value big = MAKE_SMALLINT(1);
        for (uint64_t i = lo; i <= hi; i++) {
            if (acc > UINT64_MAX / i) {
                Value a = int_from_u64(vm, acc);
                if (!a || !(big = int_mul(vm, big, a)))
                    return VAL_NULL;
                acc = 1;
            }
            acc *= i;
        }
        Value a = int_from_u64(vm, acc);
        return a ? int_mul(vm, big, a) : VAL_NULL;
    }
    uint64_t mid = lo + (hi - lo) / 2;
    Value left = range_product(vm, lo, mid);
    if (!left)
        return VAL_NULL;
    Value right = range_product(vm, mid + 1, hi);
    if (!right)
        return VAL_NULL;
    return int_mul(vm, left, right);
}

static Value factorial_of(Vm *vm, Value n)
{
    if (int_sign(n) < 0)
        return vm_raise(vm, &t_ValueError, "factorial() not defined for negative values");
    int64_t v;
    if (!int_to_i64(n, &v))
        return vm_raise(vm, &t_OverflowError, "factorial() argument should not exceed %lld", (long long)INT64_MAX);
    if (v < 2)
        return MAKE_SMALLINT(1);
    /* n! has about n*log2(n/e) bits: refuse up front what cannot fit */
    double bits = (double)v * (log2((double)v) - 1.4426950408889634) + 64;
    if (bits > 8.0 * (double)SIZE_MAX / 4 || mem_check(vm, (size_t)(bits / 8) * 3) < 0)
        return bits > 8.0 * (double)SIZE_MAX / 4 ? vm_raise_memory(vm) : VAL_NULL;
    return range_product(vm, 1, (uint64_t)v);
}

static Value m_factorial(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (one_arg(vm, "factorial", nargs, kwnames) < 0)
        return VAL_NULL;
    Value n = to_int(vm, args[0]);
    return n ? factorial_of(vm, n) : VAL_NULL;
}

/* n * (n-1) * ... * (n-k+1) for big n and k fitting in int64 */
static Value falling_product(Vm *vm, Value n, int64_t k)
{
    Value acc = MAKE_SMALLINT(1);
    Value term = n;
    for (int64_t i = 0; i < k; i++) {
        if (vm_tick(vm) < 0)
            return VAL_NULL;
        if (!(acc = int_mul(vm, acc, term)) || !(term = int_sub(vm, term, MAKE_SMALLINT(1))))
            return VAL_NULL;
    }
    return acc;
}

static Value m_perm(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "math.perm() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return vm_raise(vm, &t_TypeError, "perm expected at %s %d argument%s, got %d", nargs < 1 ? "least" : "most",
                        nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s", nargs);
    Value n = to_int(vm, args[0]);
    if (!n)
        return VAL_NULL;
    if (nargs == 1 || args[1] == VAL_NONE)
        return factorial_of(vm, n);
    Value k = to_int(vm, args[1]);
    if (!k)
        return VAL_NULL;
    if (int_sign(n) < 0)
        return vm_raise(vm, &t_ValueError, "n must be a non-negative integer");
    if (int_sign(k) < 0)
        return vm_raise(vm, &t_ValueError, "k must be a non-negative integer");
    if (int_cmp(k, n) > 0)
        return MAKE_SMALLINT(0);
    int64_t kk;
    if (!int_to_i64(k, &kk))
        return vm_raise(vm, &t_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    return falling_product(vm, n, kk);
}

static Value m_comb(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (n_args(vm, "comb", nargs, kwnames, 2) < 0)
        return VAL_NULL;
    Value n = to_int(vm, args[0]);
    Value k = n ? to_int(vm, args[1]) : VAL_NULL;
    if (!k)
        return VAL_NULL;
    if (int_sign(n) < 0)
        return vm_raise(vm, &t_ValueError, "n must be a non-negative integer");
    if (int_sign(k) < 0)
        return vm_raise(vm, &t_ValueError, "k must be a non-negative integer");
    if (int_cmp(k, n) > 0)
        return MAKE_SMALLINT(0);
    Value nk = int_sub(vm, n, k);
    if (!nk)
        return VAL_NULL;
    if (int_cmp(nk, k) < 0)
        k = nk;
    int64_t kk;
    if (!int_to_i64(k, &kk))
        return vm_raise(vm, &t_OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
    /* result = prod_{i=1..k} (n-k+i)/i, exact at every step */
    Value acc = MAKE_SMALLINT(1);
    Value base = int_sub(vm, n, MAKE_SMALLINT(kk));
    if (!base)
        return VAL_NULL;
    for (int64_t i = 1; i <= kk; i++) {
        if (vm_tick(vm) < 0)
            return VAL_NULL;
        Value term = int_add(vm, base, MAKE_SMALLINT(i));
        if (!term || !(acc = int_mul(vm, acc, term)) || !(acc = int_floordiv(vm, acc, int_from_i64(vm, i))))
            return VAL_NULL;
    }
    return acc;
}

static Value m_isqrt(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (one_arg(vm, "isqrt", nargs, kwnames) < 0)
        return VAL_NULL;
    Value n = to_int(vm, args[0]);
    if (!n)
        return VAL_NULL;
    if (int_sign(n) < 0)
        return vm_raise(vm, &t_ValueError, "isqrt() argument must be nonnegative");
    int64_t small;
    if (int_to_i64(n, &small) && small < ((int64_t)1 << 52)) {
        int64_t r = (int64_t)sqrt((double)small);
        while (r * r > small)
            r--;
        while ((r + 1) * (r + 1) <= small)
            r++;
        return MAKE_SMALLINT(r);
    }
    /* Newton from above: x0 = 2**ceil(bits/2) >= sqrt(n), decreasing to the floor */
    int64_t bits = int_bit_length(n);
    Value x = int_lshift(vm, MAKE_SMALLINT(1), MAKE_SMALLINT((bits + 1) / 2));
    if (!x)
        return VAL_NULL;
    for (;;) {
        if (vm_tick(vm) < 0)
            return VAL_NULL;
        Value q = int_floordiv(vm, n, x);
        Value s = q ? int_add(vm, x, q) : VAL_NULL;
        Value y = s ? int_rshift(vm, s, MAKE_SMALLINT(1)) : VAL_NULL;
        if (!y)
            return VAL_NULL;
        if (int_cmp(y, x) >= 0)
            return x;
        x = y;
    }
}

/* ---------------------------------------------------------- the module */

static const BuiltinFunc math_functions[] = {
    BUILTIN_STATIC("acos", m_acos), BUILTIN_STATIC("acosh", m_acosh), BUILTIN_STATIC("asin", m_asin),
    BUILTIN_STATIC("asinh", m_asinh), BUILTIN_STATIC("atan", m_atan), BUILTIN_STATIC("atan2", m_atan2),
    BUILTIN_STATIC("atanh", m_atanh), BUILTIN_STATIC("cbrt", m_cbrt), BUILTIN_STATIC("ceil", m_ceil),
    BUILTIN_STATIC("comb", m_comb), BUILTIN_STATIC("copysign", m_copysign), BUILTIN_STATIC("cos", m_cos),
    BUILTIN_STATIC("cosh", m_cosh), BUILTIN_STATIC("degrees", m_degrees), BUILTIN_STATIC("dist", m_dist),
    BUILTIN_STATIC("erf", m_erf), BUILTIN_STATIC("erfc", m_erfc), BUILTIN_STATIC("exp", m_exp),
    BUILTIN_STATIC("exp2", m_exp2), BUILTIN_STATIC("expm1", m_expm1), BUILTIN_STATIC("fabs", m_fabs),
    BUILTIN_STATIC("factorial", m_factorial), BUILTIN_STATIC("floor", m_floor), BUILTIN_STATIC("fmod", m_fmod),
    BUILTIN_STATIC("frexp", m_frexp), BUILTIN_STATIC("fsum", m_fsum), BUILTIN_STATIC("gamma", m_gamma),
    BUILTIN_STATIC("gcd", m_gcd), BUILTIN_STATIC("hypot", m_hypot), BUILTIN_STATIC("isclose", m_isclose),
    BUILTIN_STATIC("isfinite", m_isfinite), BUILTIN_STATIC("isinf", m_isinf), BUILTIN_STATIC("isnan", m_isnan),
    BUILTIN_STATIC("isqrt", m_isqrt), BUILTIN_STATIC("lcm", m_lcm), BUILTIN_STATIC("ldexp", m_ldexp),
    BUILTIN_STATIC("lgamma", m_lgamma), BUILTIN_STATIC("log", m_log), BUILTIN_STATIC("log10", m_log10),
    BUILTIN_STATIC("log1p", m_log1p), BUILTIN_STATIC("log2", m_log2), BUILTIN_STATIC("modf", m_modf),
    BUILTIN_STATIC("nextafter", m_nextafter), BUILTIN_STATIC("perm", m_perm), BUILTIN_STATIC("pow", m_pow),
    BUILTIN_STATIC("prod", m_prod), BUILTIN_STATIC("radians", m_radians), BUILTIN_STATIC("remainder", m_remainder),
    BUILTIN_STATIC("sin", m_sin), BUILTIN_STATIC("sinh", m_sinh), BUILTIN_STATIC("sqrt", m_sqrt),
    BUILTIN_STATIC("tan", m_tan), BUILTIN_STATIC("tanh", m_tanh), BUILTIN_STATIC("trunc", m_trunc),
    BUILTIN_STATIC("ulp", m_ulp),
};

static Value math_init(Vm *vm)
{
    Value m = module_new(vm, "math");
    if (!m || module_add_functions(vm, m, math_functions, sizeof math_functions / sizeof math_functions[0]) < 0)
        return VAL_NULL;
    if (module_add(vm, m, "pi", float_new(vm, PI)) < 0 || module_add(vm, m, "e", float_new(vm, EULER_E)) < 0 ||
        module_add(vm, m, "tau", float_new(vm, 2 * PI)) < 0 ||
        module_add(vm, m, "inf", float_new(vm, INFINITY)) < 0 || module_add(vm, m, "nan", float_new(vm, NAN)) < 0)
        return VAL_NULL;
    return m;
}

const ModuleDef corral_module_math = {"math", math_init, NULL};
