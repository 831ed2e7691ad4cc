/* Corral complex numbers: the `complex` type with CPython's repr, hash,
 * arithmetic and constructor. */
#include "vm.h"
#include "opcodes.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static Value complex_new_value(Vm *vm, const TypeObj *type, double re, double im)
{
    ComplexObj *c = (ComplexObj *)obj_alloc(vm, type, type->basicsize ? type->basicsize : sizeof(ComplexObj));
    if (!c)
        return VAL_NULL;
    c->real = re;
    c->imag = im;
    return OBJ_VAL(c);
}

static bool is_complex(Value v) { return IS_OBJ(v) && AS_OBJ(v)->type->layout == K_COMPLEX; }

/* Convert an operand to (re, im); returns 0 if not a number, -1 on error. */
static int as_complex(Vm *vm, Value v, double *re, double *im)
{
    if (is_complex(v)) {
        *re = ((ComplexObj *)AS_OBJ(v))->real;
        *im = ((ComplexObj *)AS_OBJ(v))->imag;
        return 1;
    }
    if (IS_OBJ(v) && AS_OBJ(v)->type->layout == K_FLOAT) {
        *re = ((FloatObj *)AS_OBJ(v))->value;
        *im = 0.0;
        return 1;
    }
    if (is_intlike(v)) {
        if (int_to_double(vm, v, re) < 0)
            return -1;
        *im = 0.0;
        return 1;
    }
    return 0;
}

/* One part as CPython prints it: repr without a trailing ".0". */
static void format_part(double d, char *buf, size_t size)
{
    float_repr_buf(d, buf, size);
    size_t n = strlen(buf);
    if (n > 2 && strcmp(buf + n - 2, ".0") == 0)
        buf[n - 2] = 0;
}

static Value complex_repr(Vm *vm, Value v)
{
    ComplexObj *c = (ComplexObj *)AS_OBJ(v);
    char re[64], im[64], out[160];
    format_part(c->imag, im, sizeof im);
    if (c->real == 0.0 && copysign(1.0, c->real) == 1.0) {
        snprintf(out, sizeof out, "%sj", im);
    } else {
        format_part(c->real, re, sizeof re);
        const char *sign = (im[0] == '-') ? "" : "+";
        snprintf(out, sizeof out, "(%s%s%sj)", re, sign, im);
    }
    return str_from_cstr(vm, out);
}

static int complex_hash(Vm *vm, Value v, int64_t *out)
{
    ComplexObj *c = (ComplexObj *)AS_OBJ(v);
    uint64_t hr = (uint64_t)float_hash(c->real), hi = (uint64_t)float_hash(c->imag);
    uint64_t h = hr + 1000003u * hi;
    int64_t r = (int64_t)h;
    if (r == -1)
        r = -2;
    *out = r;
    return 0;
}

static Value complex_richcompare(Vm *vm, Value a, Value b, int op)
{
    double ar = 0, ai = 0, br = 0, bi = 0;
    int ka = as_complex(vm, a, &ar, &ai), kb = as_complex(vm, b, &br, &bi);
    if (ka < 0 || kb < 0)
        return VAL_NULL;
    if (!ka || !kb || (op != CMP_EQ && op != CMP_NE))
        return VAL_NOTIMPL;
    /* exact comparison with ints: compare through the int when the imaginary part is zero */
    bool eq;
    if (is_intlike(a) || is_intlike(b)) {
        Value iv = is_intlike(a) ? a : b;
        double r = is_intlike(a) ? br : ar, i = is_intlike(a) ? bi : ai;
        eq = i == 0.0 && int_cmp_double(iv, r) == 0;
    } else {
        eq = ar == br && ai == bi;
    }
    return VAL_BOOL(op == CMP_EQ ? eq : !eq);
}

static Value c_pow(Vm *vm, double ar, double ai, double br, double bi)
{
    if (br == 0.0 && bi == 0.0)
        return complex_new_value(vm, &t_complex, 1.0, 0.0);
    if (ar == 0.0 && ai == 0.0) {
        if (bi != 0.0 || br < 0.0)
            return vm_raise(vm, &t_ZeroDivisionError, "0.0 to a negative or complex power");
        return complex_new_value(vm, &t_complex, 0.0, 0.0);
    }
    if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
        /* repeated squaring for small integer powers, as CPython */
        long n = (long)br;
        double rr = 1.0, ri = 0.0, xr = ar, xi = ai;
        long m = n < 0 ? -n : n;
        while (m) {
            if (m & 1) {
                double t = rr * xr - ri * xi;
                ri = rr * xi + ri * xr;
                rr = t;
            }
            double t = xr * xr - xi * xi;
            xi = 2 * xr * xi;
            xr = t;
            m >>= 1;
        }
        if (n < 0) {
            double d = rr * rr + ri * ri;
            if (d == 0.0)
                return vm_raise(vm, &t_ZeroDivisionError, "complex division by zero");
            rr = rr / d;
            ri = -ri / d;
        }
        return complex_new_value(vm, &t_complex, rr, ri);
    }
    double vabs = hypot(ar, ai);
    double len = pow(vabs, br);
    double at = atan2(ai, ar);
    double phase = at * br;
    if (bi != 0.0) {
        len /= exp(at * bi);
        phase += bi * log(vabs);
    }
    return complex_new_value(vm, &t_complex, len * cos(phase), len * sin(phase));
}

static Value complex_binop(Vm *vm, int op, Value a, Value b)
{
    double ar = 0, ai = 0, br = 0, bi = 0;
    int ka = as_complex(vm, a, &ar, &ai);
    if (ka < 0)
        return VAL_NULL;
    int kb = as_complex(vm, b, &br, &bi);
    if (kb < 0)
        return VAL_NULL;
    if (!ka || !kb)
        return VAL_NOTIMPL;
    switch (op & 15) {
    case BINOP_ADD: return complex_new_value(vm, &t_complex, ar + br, ai + bi);
    case BINOP_SUB: return complex_new_value(vm, &t_complex, ar - br, ai - bi);
    case BINOP_MUL: return complex_new_value(vm, &t_complex, ar * br - ai * bi, ar * bi + ai * br);
    case BINOP_TRUEDIV: {
        /* Smith's algorithm, like CPython's _Py_c_quot */
        double abs_br = fabs(br), abs_bi = fabs(bi);
        if (abs_br >= abs_bi) {
            if (abs_br == 0.0)
                return vm_raise(vm, &t_ZeroDivisionError, "complex division by zero");
            double ratio = bi / br, denom = br + bi * ratio;
            return complex_new_value(vm, &t_complex, (ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (abs_bi >= abs_br) {
            double ratio = br / bi, denom = br * ratio + bi;
            return complex_new_value(vm, &t_complex, (ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return complex_new_value(vm, &t_complex, NAN, NAN);
    }
    case BINOP_POW: return c_pow(vm, ar, ai, br, bi);
    case BINOP_FLOORDIV: case BINOP_MOD:
        return vm_raise(vm, &t_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                        (op & 15) == BINOP_MOD ? "%" : "//", type_name_of(a), type_name_of(b));
    default: return VAL_NOTIMPL;
    }
}

static Value complex_unaryop(Vm *vm, int op, Value a)
{
    ComplexObj *c = (ComplexObj *)AS_OBJ(a);
    if (op == UNARY_NEG)
        return complex_new_value(vm, &t_complex, -c->real, -c->imag);
    if (op == UNARY_POS)
        return complex_new_value(vm, &t_complex, c->real, c->imag);
    return VAL_NOTIMPL;
}

static int complex_truthy(Vm *vm, Value v)
{
    ComplexObj *c = (ComplexObj *)AS_OBJ(v);
    return c->real != 0.0 || c->imag != 0.0;
}

static int parse_complex_string(Vm *vm, Value s, double *re, double *im)
{
    /* forms: "1", "2j", "1+2j", "(1-2j)", with surrounding whitespace */
    const char *p = STR_DATA(s), *end = p + STR_LEN(s);
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n'))
        p++;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n'))
        end--;
    if (p < end && *p == '(' && end[-1] == ')') {
        p++;
        end--;
    }
    char buf[128];
    size_t n = (size_t)(end - p);
    if (n == 0 || n >= sizeof buf)
        goto bad;
    memcpy(buf, p, n);
    buf[n] = 0;
    char *q;
    double x = strtod(buf, &q);
    if (q == buf) {
        if (buf[0] == 'j' || ((buf[0] == '+' || buf[0] == '-') && buf[1] == 'j' && !buf[2])) {
            *re = 0;
            *im = buf[0] == '-' ? -1 : 1;
            return buf[strlen(buf) - 1] == 'j' && strlen(buf) <= 2 ? 0 : -1;
        }
        goto bad;
    }
    if (*q == 0) {
        *re = x;
        *im = 0;
        return 0;
    }
    if ((*q == 'j' || *q == 'J') && q[1] == 0) {
        *re = 0;
        *im = x;
        return 0;
    }
    if (*q == '+' || *q == '-') {
        char *r;
        double y;
        if ((q[1] == 'j' || q[1] == 'J') && q[2] == 0) {
            y = *q == '-' ? -1 : 1;
            r = q + 1;
        } else {
            y = strtod(q, &r);
            if (r == q)
                goto bad;
        }
        if ((*r == 'j' || *r == 'J') && r[1] == 0) {
            *re = x;
            *im = y;
            return 0;
        }
    }
bad:
    vm_raise(vm, &t_ValueError, "complex() arg is a malformed string");
    return -1;
}

static Value complex_new_slot(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"real", "imag", NULL};
    Value a[2];
    if (arg_parse(vm, "complex", args, nargs, kwnames, names, 0, 0, a) < 0)
        return VAL_NULL;
    double rr = 0, ri = 0, ir = 0, ii = 0;
    if (a[0] && IS_STR(a[0])) {
        if (a[1])
            return vm_raise(vm, &t_TypeError, "complex() can't take second arg if first is a string");
        if (parse_complex_string(vm, a[0], &rr, &ri) < 0)
            return VAL_NULL;
        return complex_new_value(vm, type, rr, ri);
    }
    if (a[0] && !is_intlike(a[0]) && !IS_FLOAT(a[0]) && !IS_TYPE(a[0], &t_complex)) {
        /* __complex__, then __float__/__index__ (as CPython) */
        int found = 0;
        Value c = vm_call_method_opt(vm, a[0], "__complex__", NULL, 0, &found);
        if (!found && !vm_exc_pending(vm))
            c = vm_call_method_opt(vm, a[0], "__float__", NULL, 0, &found);
        if (found) {
            if (!c)
                return VAL_NULL;
            a[0] = c;
        } else if (vm_exc_pending(vm)) {
            return VAL_NULL;
        }
    }
    if (a[0]) {
        int k = as_complex(vm, a[0], &rr, &ri);
        if (k < 0)
            return VAL_NULL;
        if (!k)
            return vm_raise(vm, &t_TypeError, "complex() first argument must be a string or a number, not '%s'",
                            type_name_of(a[0]));
    }
    if (a[1]) {
        if (IS_STR(a[1]))
            return vm_raise(vm, &t_TypeError, "complex() second arg can't be a string");
        int k = as_complex(vm, a[1], &ir, &ii);
        if (k < 0)
            return VAL_NULL;
        if (!k)
            return vm_raise(vm, &t_TypeError, "complex() second argument must be a number, not '%s'", type_name_of(a[1]));
    }
    /* as CPython: parts are combined only with the parts that were complex,
     * so complex(1.0, -0.0) keeps its negative zero */
    bool r_complex = a[0] && IS_TYPE(a[0], &t_complex), i_complex = a[1] && IS_TYPE(a[1], &t_complex);
    double re = i_complex ? rr - ii : rr;
    double im = r_complex ? ri + ir : ir;
    return complex_new_value(vm, type, re, im);
}

static Value complex_real(Vm *vm, Value *args, int nargs, Value kw) { return float_new(vm, ((ComplexObj *)AS_OBJ(args[0]))->real); }
static Value complex_imag(Vm *vm, Value *args, int nargs, Value kw) { return float_new(vm, ((ComplexObj *)AS_OBJ(args[0]))->imag); }
static Value complex_conjugate(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "conjugate", nargs - 1, kw, 0, 0) < 0)
        return VAL_NULL;
    ComplexObj *c = (ComplexObj *)AS_OBJ(args[0]);
    return complex_new_value(vm, &t_complex, c->real, -c->imag);
}
static Value complex_abs(Vm *vm, Value *args, int nargs, Value kw)
{
    ComplexObj *c = (ComplexObj *)AS_OBJ(args[0]);
    double r = hypot(c->real, c->imag);
    if (isinf(r) && isfinite(c->real) && isfinite(c->imag))
        return vm_raise(vm, &t_OverflowError, "absolute value too large");
    return float_new(vm, r);
}

static const BuiltinFunc complex_methods[] = {
    BUILTIN_GETTER("real", complex_real),
    BUILTIN_GETTER("imag", complex_imag),
    BUILTIN_METHOD("conjugate", complex_conjugate),
    BUILTIN_METHOD("__abs__", complex_abs),
};

const TypeObj t_complex = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "complex", .base = &t_object, .layout = K_COMPLEX,
    .basicsize = sizeof(ComplexObj), .flags = TF_BASETYPE, .methods = complex_methods,
    .nmethods = sizeof complex_methods / sizeof complex_methods[0], .repr = complex_repr, .hash = complex_hash,
    .richcompare = complex_richcompare, .binop = complex_binop, .unaryop = complex_unaryop,
    .truthy = complex_truthy, .new_ = complex_new_slot,
};
