/* The cmath module: CPython 3.11's algorithms (cmathmodule.c) ported so that
 * finite inputs give the same bits; non-finite inputs use C99 Annex G
 * functions (whose special values CPython's tables follow) plus CPython's
 * domain-error rules.  Errors: "math domain error" ValueError and
 * "math range error" OverflowError, as CPython's math_error reports them. */
#include "modules.h"
#include "opcodes.h"

#include <complex.h>
#include <errno.h>
#include <float.h>
#include <math.h>

#define CM_PI 3.141592653589793238462643383279502884
#define CM_E 2.718281828459045235360287471352662498
#define CM_LN2 0.6931471805599453094
#define CM_LN10 2.302585092994045684

#define CM_LARGE_DOUBLE (DBL_MAX / 4.)
#define CM_SCALE_UP (2 * (DBL_MANT_DIG / 2) + 1)
#define CM_SCALE_DOWN (-(CM_SCALE_UP + 1) / 2)

typedef struct { double real, imag; } Cx;

static bool cx_finite(Cx z) { return isfinite(z.real) && isfinite(z.imag); }
static Cx from_c99(double complex c) { return (Cx){creal(c), cimag(c)}; }
/* C11 lays out a double complex as double[2]; built this way (not CMPLX,
 * which some compilers' headers lack, nor x + I*y, which mangles inf and
 * nan parts). */
static double complex to_c99(Cx z)
{
    double complex c;
    ((double *)&c)[0] = z.real;
    ((double *)&c)[1] = z.imag;
    return c;
}

/* ------------------------------------------------------------ arguments */

static Value complex_value(Vm *vm, Cx z)
{
    ComplexObj *c = (ComplexObj *)obj_alloc(vm, &t_complex, sizeof(ComplexObj));
    if (!c)
        return VAL_NULL;
    c->real = z.real;
    c->imag = z.imag;
    return OBJ_VAL(c);
}

static bool is_complex_obj(Value v) { return IS_OBJ(v) && AS_OBJ(v)->type->layout == K_COMPLEX; }

static int to_double(Vm *vm, Value v, double *out)
{
    if (IS_OBJ(v) && AS_OBJ(v)->type->layout == K_FLOAT) {
        *out = ((FloatObj *)AS_OBJ(v))->value;
        return 0;
    }
    if (is_intlike(v))
        return int_to_double(vm, v, out);
    const char *hooks[] = {"__float__", "__index__"};
    for (int i = 0; i < 2 && !IS_STR(v); i++) {
        if (!type_lookup_cstr(vm, TYPE_OF(v), hooks[i]))
            continue;
        int found;
        Value r = vm_call_method_opt(vm, v, hooks[i], NULL, 0, &found);
        if (!r)
            return -1;
        if (i == 0 && IS_OBJ(r) && AS_OBJ(r)->type->layout == K_FLOAT) {
            *out = ((FloatObj *)AS_OBJ(r))->value;
            return 0;
        }
        if (i == 1 && is_intlike(r))
            return int_to_double(vm, r, out);
        vm_raise(vm, &t_TypeError, i == 0 ? "%s.__float__ returned non-float (type %s)" : "__index__ returned non-int (type %s)",
                 i == 0 ? type_name_of(v) : type_name_of(r), type_name_of(r));
        return -1;
    }
    vm_raise(vm, &t_TypeError, "must be real number, not %s", type_name_of(v));
    return -1;
}

/* PyComplex_AsCComplex: complex, __complex__, then anything float() takes */
static int to_cx(Vm *vm, Value v, Cx *out)
{
    if (is_complex_obj(v)) {
        *out = (Cx){((ComplexObj *)AS_OBJ(v))->real, ((ComplexObj *)AS_OBJ(v))->imag};
        return 0;
    }
    if (!IS_STR(v) && !is_intlike(v) && type_lookup_cstr(vm, TYPE_OF(v), "__complex__")) {
        int found;
        Value r = vm_call_method_opt(vm, v, "__complex__", NULL, 0, &found);
        if (!r)
            return -1;
        if (!is_complex_obj(r)) {
            vm_raise(vm, &t_TypeError, "__complex__ returned non-complex (type %s)", type_name_of(r));
            return -1;
        }
        *out = (Cx){((ComplexObj *)AS_OBJ(r))->real, ((ComplexObj *)AS_OBJ(r))->imag};
        return 0;
    }
    out->imag = 0.0;
    return to_double(vm, v, &out->real);
}

static int one_arg(Vm *vm, const char *name, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0) {
        vm_raise(vm, &t_TypeError, "cmath.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        vm_raise(vm, &t_TypeError, "cmath.%s() takes exactly one argument (%d given)", name, nargs);
        return -1;
    }
    return 0;
}

static Value math_error(Vm *vm, int err)
{
    if (err == EDOM)
        return vm_raise(vm, &t_ValueError, "math domain error");
    return vm_raise(vm, &t_OverflowError, "math range error");
}

/* -------------------------------------------------------------- helpers */

static double c_abs(Cx z, int *err)
{
    if (!cx_finite(z)) {
        if (isinf(z.real))
            return fabs(z.real);
        if (isinf(z.imag))
            return fabs(z.imag);
        return NAN;
    }
    double r = hypot(z.real, z.imag);
    *err = isfinite(r) ? 0 : ERANGE;
    return r;
}

static Cx c_quot(Cx a, Cx b, int *err)
{
    double abs_breal = fabs(b.real), abs_bimag = fabs(b.imag);
    Cx r;
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            *err = EDOM;
            r.real = r.imag = 0.0;
        } else {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        r.real = r.imag = NAN;
    }
    return r;
}

/* ------------------------------------------------ the complex functions */

static Cx c_sqrt(Cx z, int *err)
{
    *err = 0;
    if (!cx_finite(z))
        return from_c99(csqrt(to_c99(z)));
    if (z.real == 0. && z.imag == 0.)
        return (Cx){0., z.imag};
    double ax = fabs(z.real), ay = fabs(z.imag), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        ax = ldexp(ax, CM_SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
    } else {
        ax /= 8.;
        s = 2. * sqrt(ax + hypot(ax, ay / 8.));
    }
    double d = ay / (2. * s);
    if (z.real >= 0.)
        return (Cx){s, copysign(d, z.imag)};
    return (Cx){d, copysign(s, z.imag)};
}

static Cx c_exp(Cx z, int *err)
{
    *err = 0;
    if (!cx_finite(z)) {
        Cx r;
        if (isinf(z.real) && isfinite(z.imag) && z.imag != 0.) {
            if (z.real > 0)
                r = (Cx){copysign(INFINITY, cos(z.imag)), copysign(INFINITY, sin(z.imag))};
            else
                r = (Cx){copysign(0., cos(z.imag)), copysign(0., sin(z.imag))};
        } else {
            r = from_c99(cexp(to_c99(z)));
        if (z.real == -INFINITY && !isfinite(z.imag))
            r = (Cx){0.0, 0.0};
        }
        if (isinf(z.imag) && (isfinite(z.real) || (isinf(z.real) && z.real > 0)))
            *err = EDOM;
        return r;
    }
    Cx r;
    if (z.real > log(CM_LARGE_DOUBLE)) {
        double l = exp(z.real - 1.);
        r = (Cx){l * cos(z.imag) * CM_E, l * sin(z.imag) * CM_E};
    } else {
        double l = exp(z.real);
        r = (Cx){l * cos(z.imag), l * sin(z.imag)};
    }
    if (isinf(r.real) || isinf(r.imag))
        *err = ERANGE;
    return r;
}

static Cx c_log(Cx z, int *err)
{
    *err = 0;
    if (!cx_finite(z))
        return from_c99(clog(to_c99(z)));
    double ax = fabs(z.real), ay = fabs(z.imag);
    Cx r;
    if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) {
        r.real = log(hypot(ax / 2., ay / 2.)) + CM_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0. || ay > 0.) {
            r.real = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * CM_LN2;
        } else {
            *err = EDOM;
            return (Cx){-INFINITY, atan2(z.imag, z.real)};
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            r.real = log1p((am - 1) * (am + 1) + an * an) / 2.;
        } else {
            r.real = log(h);
        }
    }
    r.imag = atan2(z.imag, z.real);
    return r;
}

static Cx c_log10(Cx z, int *err)
{
    Cx r = c_log(z, err);
    return (Cx){r.real / CM_LN10, r.imag / CM_LN10};
}

static Cx c_acos(Cx z, int *err)
{
    *err = 0;
    if (!cx_finite(z)) {
        if (isinf(z.real) && isnan(z.imag))
            return (Cx){NAN, INFINITY};
        return from_c99(cacos(to_c99(z)));
    }
    Cx r;
    if (fabs(z.real) > CM_LARGE_DOUBLE || fabs(z.imag) > CM_LARGE_DOUBLE) {
        r.real = atan2(fabs(z.imag), z.real);
        double l = log(hypot(z.real / 2., z.imag / 2.)) + CM_LN2 * 2.;
        r.imag = z.real < 0 ? -copysign(l, z.imag) : copysign(l, -z.imag);
    } else {
        int e;
        Cx s1 = c_sqrt((Cx){1. - z.real, -z.imag}, &e);
        Cx s2 = c_sqrt((Cx){1. + z.real, z.imag}, &e);
        r.real = 2. * atan2(s1.real, s2.real);
        r.imag = asinh(s2.real * s1.imag - s2.imag * s1.real);
    }
    return r;
}

static Cx c_acosh(Cx z, int *err)
{
    *err = 0;
    if (!cx_finite(z)) {
        if (z.real == 0. && isnan(z.imag))
            return (Cx){NAN, NAN};
        return from_c99(cacosh(to_c99(z)));
    }
    Cx r;
    if (fabs(z.real) > CM_LARGE_DOUBLE || fabs(z.imag) > CM_LARGE_DOUBLE) {
        r.real = log(hypot(z.real / 2., z.imag / 2.)) + CM_LN2 * 2.;
        r.imag = atan2(z.imag, z.real);
    } else {
        int e;
        Cx s1 = c_sqrt((Cx){z.real - 1., z.imag}, &e);
        Cx s2 = c_sqrt((Cx){z.real + 1., z.imag}, &e);
        r.real = asinh(s1.real * s2.real + s1.imag * s2.imag);
        r.imag = 2. * atan2(s1.imag, s2.real);
    }
    return r;
}

static Cx c_asinh(Cx z, int *err)
{
    *err = 0;
    if (!cx_finite(z)) {
        if (isnan(z.real) && isinf(z.imag))
            return (Cx){INFINITY, NAN};
        return from_c99(casinh(to_c99(z)));
    }
    Cx r;
    if (fabs(z.real) > CM_LARGE_DOUBLE || fabs(z.imag) > CM_LARGE_DOUBLE) {
        double l = log(hypot(z.real / 2., z.imag / 2.)) + CM_LN2 * 2.;
        r.real = z.imag >= 0. ? copysign(l, z.real) : -copysign(l, -z.real);
        r.imag = atan2(z.imag, fabs(z.real));
    } else {
        int e;
        Cx s1 = c_sqrt((Cx){1. + z.imag, -z.real}, &e);
        Cx s2 = c_sqrt((Cx){1. - z.imag, z.real}, &e);
        r.real = asinh(s1.real * s2.imag - s2.real * s1.imag);
        r.imag = atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag);
    }
    return r;
}

static Cx c_asin(Cx z, int *err)
{
    Cx s = c_asinh((Cx){-z.imag, z.real}, err);
    return (Cx){s.imag, -s.real};
}

static Cx c_atanh(Cx z, int *err)
{
    *err = 0;
    if (!cx_finite(z)) {
        if (isnan(z.real) && isinf(z.imag))
            return (Cx){0.0, copysign(CM_PI / 2., z.imag)};
        return from_c99(catanh(to_c99(z)));
    }
    if (z.real < 0.) {
        Cx r = c_atanh((Cx){-z.real, -z.imag}, err);
        return (Cx){-r.real, -r.imag};
    }
    double ay = fabs(z.imag);
    Cx r;
    if (z.real > sqrt(CM_LARGE_DOUBLE) || ay > sqrt(CM_LARGE_DOUBLE)) {
        double h = hypot(z.real / 2., z.imag / 2.);
        r.real = z.real / 4. / h / h;
        r.imag = -copysign(CM_PI / 2., -z.imag);
    } else if (z.real == 1. && ay < sqrt(DBL_MIN)) {
        if (ay == 0.) {
            *err = EDOM;
            return (Cx){INFINITY, z.imag};
        }
        r.real = -log(sqrt(ay) / sqrt(hypot(ay, 2.)));
        r.imag = copysign(atan2(2., -ay) / 2, z.imag);
    } else {
        r.real = log1p(4. * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.;
        r.imag = -atan2(-2. * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.;
    }
    return r;
}

static Cx c_atan(Cx z, int *err)
{
    Cx s = c_atanh((Cx){-z.imag, z.real}, err);
    return (Cx){s.imag, -s.real};
}

/* cosh and sinh share their shape; `is_sinh` swaps cosh/sinh of the real part */
static Cx c_cosh_sinh(Cx z, int *err, bool is_sinh)
{
    *err = 0;
    if (!cx_finite(z)) {
        Cx r;
        if (isinf(z.real) && isfinite(z.imag) && z.imag != 0.) {
            double c = copysign(INFINITY, cos(z.imag)), s = copysign(INFINITY, sin(z.imag));
            if (z.real > 0)
                r = (Cx){c, s};
            else if (is_sinh)
                r = (Cx){-c, s};
            else
                r = (Cx){c, -s};
        } else {
            r = from_c99(is_sinh ? csinh(to_c99(z)) : ccosh(to_c99(z)));
            if (!is_sinh && isnan(z.real) && z.imag == 0.)
                r = (Cx){NAN, 0.0};
            if (is_sinh && z.real == 0. && isnan(z.imag))
                r = (Cx){0.0, NAN};
        }
        if (isinf(z.imag) && !isnan(z.real))
            *err = EDOM;
        return r;
    }
    double (*first)(double) = is_sinh ? sinh : cosh;
    double (*second)(double) = is_sinh ? cosh : sinh;
    Cx r;
    if (fabs(z.real) > log(CM_LARGE_DOUBLE)) {
        double x_minus_one = z.real - copysign(1., z.real);
        r = (Cx){cos(z.imag) * first(x_minus_one) * CM_E, sin(z.imag) * second(x_minus_one) * CM_E};
    } else {
        r = (Cx){cos(z.imag) * first(z.real), sin(z.imag) * second(z.real)};
    }
    if (isinf(r.real) || isinf(r.imag))
        *err = ERANGE;
    return r;
}

static Cx c_cosh(Cx z, int *err) { return c_cosh_sinh(z, err, false); }
static Cx c_sinh(Cx z, int *err) { return c_cosh_sinh(z, err, true); }

static Cx c_tanh(Cx z, int *err)
{
    *err = 0;
    if (!cx_finite(z)) {
        Cx r;
        if (isinf(z.real) && isfinite(z.imag) && z.imag != 0.)
            r = (Cx){z.real > 0 ? 1.0 : -1.0, copysign(0., 2. * sin(z.imag) * cos(z.imag))};
        else
            r = from_c99(ctanh(to_c99(z)));
        if (isinf(z.real) && isinf(z.imag))
            r = (Cx){copysign(1.0, z.real), 0.0};
        if (z.real == 0. && isnan(z.imag))
            r = (Cx){NAN, NAN};
        if (isinf(z.imag) && isfinite(z.real))
            *err = EDOM;
        return r;
    }
    if (fabs(z.real) > log(CM_LARGE_DOUBLE))
        return (Cx){copysign(1., z.real), 4. * sin(z.imag) * cos(z.imag) * exp(-2. * fabs(z.real))};
    double tx = tanh(z.real), ty = tan(z.imag), cx = 1. / cosh(z.real);
    double txty = tx * ty, denom = 1. + txty * txty;
    return (Cx){tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

static Cx c_cos(Cx z, int *err) { return c_cosh((Cx){-z.imag, z.real}, err); }

static Cx c_sin(Cx z, int *err)
{
    Cx s = c_sinh((Cx){-z.imag, z.real}, err);
    return (Cx){s.imag, -s.real};
}

static Cx c_tan(Cx z, int *err)
{
    Cx s = c_tanh((Cx){-z.imag, z.real}, err);
    return (Cx){s.imag, -s.real};
}

/* ------------------------------------------------------ the module API */

static Value cmath_1(Vm *vm, const char *name, Value *args, int nargs, Value kwnames, Cx (*fn)(Cx, int *))
{
    Cx z;
    if (one_arg(vm, name, nargs, kwnames) < 0 || to_cx(vm, args[0], &z) < 0)
        return VAL_NULL;
    int err = 0;
    Cx r = fn(z, &err);
    if (err)
        return math_error(vm, err);
    return complex_value(vm, r);
}

#define CMATH_FN(name)                                                       \
    static Value cm_##name(Vm *vm, Value *args, int nargs, Value kwnames)    \
    {                                                                        \
        return cmath_1(vm, #name, args, nargs, kwnames, c_##name);           \
    }
CMATH_FN(sqrt)
CMATH_FN(exp)
CMATH_FN(log10)
CMATH_FN(acos)
CMATH_FN(asin)
CMATH_FN(atan)
CMATH_FN(cos)
CMATH_FN(sin)
CMATH_FN(tan)
CMATH_FN(acosh)
CMATH_FN(asinh)
CMATH_FN(atanh)
CMATH_FN(cosh)
CMATH_FN(sinh)
CMATH_FN(tanh)

static Value cm_log(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "log() takes no keyword arguments");
    if (nargs < 1)
        return vm_raise(vm, &t_TypeError, "log expected at least 1 argument, got %d", nargs);
    if (nargs > 2)
        return vm_raise(vm, &t_TypeError, "log expected at most 2 arguments, got %d", nargs);
    Cx x, base;
    if (to_cx(vm, args[0], &x) < 0 || (nargs == 2 && to_cx(vm, args[1], &base) < 0))
        return VAL_NULL;
    int err = 0;
    x = c_log(x, &err);
    if (nargs == 2) {
        Cx y = c_log(base, &err);
        x = c_quot(x, y, &err);
    }
    if (err)
        return math_error(vm, err);
    return complex_value(vm, x);
}

static Value cm_phase(Vm *vm, Value *args, int nargs, Value kwnames)
{
    Cx z;
    if (one_arg(vm, "phase", nargs, kwnames) < 0 || to_cx(vm, args[0], &z) < 0)
        return VAL_NULL;
    return float_new(vm, atan2(z.imag, z.real));
}

static Value cm_polar(Vm *vm, Value *args, int nargs, Value kwnames)
{
    Cx z;
    if (one_arg(vm, "polar", nargs, kwnames) < 0 || to_cx(vm, args[0], &z) < 0)
        return VAL_NULL;
    int err = 0;
    double r = c_abs(z, &err);
    if (err)
        return math_error(vm, err);
    Value rv = float_new(vm, r);
    Value pv = rv ? float_new(vm, atan2(z.imag, z.real)) : VAL_NULL;
    return pv ? tuple_pack2(vm, rv, pv) : VAL_NULL;
}

static Value cm_rect(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "rect() takes no keyword arguments");
    if (nargs != 2)
        return vm_raise(vm, &t_TypeError, "rect expected 2 arguments, got %d", nargs);
    double r, phi;
    if (to_double(vm, args[0], &r) < 0 || to_double(vm, args[1], &phi) < 0)
        return VAL_NULL;
    Cx z;
    if (isfinite(r) && isfinite(phi)) {
        z = phi == 0.0 ? (Cx){r, r * phi} : (Cx){r * cos(phi), r * sin(phi)};
    } else if (isinf(r) && isfinite(phi) && phi != 0.) {
        double c = copysign(INFINITY, cos(phi)), s = copysign(INFINITY, sin(phi));
        z = r > 0 ? (Cx){c, s} : (Cx){-c, -s};
    } else if (isinf(phi) && !isnan(r) && r != 0.) {
        return math_error(vm, EDOM);
    } else if (r == 0.) {
        z = (Cx){0.0, 0.0};
    } else if (isnan(r)) {
        z = (Cx){NAN, phi == 0. ? 0.0 : NAN};
    } else if (isinf(r)) {
        z = isnan(phi) ? (Cx){INFINITY, NAN} : (Cx){r, r > 0 ? phi : -phi};
    } else {
        z = (Cx){NAN, NAN};
    }
    return complex_value(vm, z);
}

static Value cm_isfinite(Vm *vm, Value *args, int nargs, Value kwnames)
{
    Cx z;
    if (one_arg(vm, "isfinite", nargs, kwnames) < 0 || to_cx(vm, args[0], &z) < 0)
        return VAL_NULL;
    return VAL_BOOL(cx_finite(z));
}

static Value cm_isinf(Vm *vm, Value *args, int nargs, Value kwnames)
{
    Cx z;
    if (one_arg(vm, "isinf", nargs, kwnames) < 0 || to_cx(vm, args[0], &z) < 0)
        return VAL_NULL;
    return VAL_BOOL(isinf(z.real) || isinf(z.imag));
}

static Value cm_isnan(Vm *vm, Value *args, int nargs, Value kwnames)
{
    Cx z;
    if (one_arg(vm, "isnan", nargs, kwnames) < 0 || to_cx(vm, args[0], &z) < 0)
        return VAL_NULL;
    return VAL_BOOL(isnan(z.real) || isnan(z.imag));
}

static Value cm_isclose(Vm *vm, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    Value av[4];
    if (nargs > 2)
        return vm_raise(vm, &t_TypeError, "isclose() takes exactly 2 positional arguments (%d given)", nargs);
    if (arg_parse(vm, "isclose", args, nargs, kwnames, names, 0, 2, av) < 0)
        return VAL_NULL;
    Cx a, b;
    double rel_tol = 1e-09, abs_tol = 0.0;
    if (to_cx(vm, av[0], &a) < 0 || to_cx(vm, av[1], &b) < 0 || (av[2] && to_double(vm, av[2], &rel_tol) < 0) ||
        (av[3] && to_double(vm, av[3], &abs_tol) < 0))
        return VAL_NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return vm_raise(vm, &t_ValueError, "tolerances must be non-negative");
    if (a.real == b.real && a.imag == b.imag)
        return VAL_TRUE;
    if (isinf(a.real) || isinf(a.imag) || isinf(b.real) || isinf(b.imag))
        return VAL_FALSE;
    int err = 0;
    double diff = c_abs((Cx){a.real - b.real, a.imag - b.imag}, &err);
    return VAL_BOOL((diff <= rel_tol * c_abs(b, &err)) || (diff <= rel_tol * c_abs(a, &err)) || diff <= abs_tol);
}

static const BuiltinFunc cmath_functions[] = {
    BUILTIN_STATIC("acos", cm_acos),       BUILTIN_STATIC("acosh", cm_acosh),   BUILTIN_STATIC("asin", cm_asin),
    BUILTIN_STATIC("asinh", cm_asinh),     BUILTIN_STATIC("atan", cm_atan),     BUILTIN_STATIC("atanh", cm_atanh),
    BUILTIN_STATIC("cos", cm_cos),         BUILTIN_STATIC("cosh", cm_cosh),     BUILTIN_STATIC("exp", cm_exp),
    BUILTIN_STATIC("isclose", cm_isclose), BUILTIN_STATIC("isfinite", cm_isfinite), BUILTIN_STATIC("isinf", cm_isinf),
    BUILTIN_STATIC("isnan", cm_isnan),     BUILTIN_STATIC("log", cm_log),       BUILTIN_STATIC("log10", cm_log10),
    BUILTIN_STATIC("phase", cm_phase),     BUILTIN_STATIC("polar", cm_polar),   BUILTIN_STATIC("rect", cm_rect),
    BUILTIN_STATIC("sin", cm_sin),         BUILTIN_STATIC("sinh", cm_sinh),     BUILTIN_STATIC("sqrt", cm_sqrt),
    BUILTIN_STATIC("tan", cm_tan),         BUILTIN_STATIC("tanh", cm_tanh),
};

static Value cmath_init(Vm *vm)
{
    Value m = module_new(vm, "cmath");
    if (!m || module_add_functions(vm, m, cmath_functions, sizeof cmath_functions / sizeof cmath_functions[0]) < 0)
        return VAL_NULL;
    Value infj = complex_value(vm, (Cx){0.0, INFINITY});
    Value nanj = infj ? complex_value(vm, (Cx){0.0, NAN}) : VAL_NULL;
    if (!nanj || module_add(vm, m, "pi", float_new(vm, CM_PI)) < 0 || module_add(vm, m, "e", float_new(vm, CM_E)) < 0 ||
        module_add(vm, m, "tau", float_new(vm, 2 * CM_PI)) < 0 || module_add(vm, m, "inf", float_new(vm, INFINITY)) < 0 ||
        module_add(vm, m, "nan", float_new(vm, NAN)) < 0 || module_add(vm, m, "infj", infj) < 0 ||
        module_add(vm, m, "nanj", nanj) < 0)
        return VAL_NULL;
    return m;
}

const ModuleDef corral_module_cmath = {"cmath", cmath_init, NULL};
