/* Corral core: the float type, float repr and float parsing.
 *
 * Text conversion leans on glibc: snprintf("%.*e") / ("%.*f") are correctly
 * rounded (half-even on the exact binary value) and strtod is correctly
 * rounded, which is all CPython's dtoa.c gives us too.  The shortest repr is
 * found by trying 1..17 significant digits. */
#include "object.h"
#include "opcodes.h"
#include "floatfmt.h"
#include "unicode.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* Instances of float and of its subclasses share FloatObj's layout. */
static bool is_float_layout(Value v)
{
    return IS_OBJ(v) && AS_OBJ(v)->type->layout == K_FLOAT;
}

#define FVAL(v) (((FloatObj *)AS_OBJ(v))->value)

Value float_new(Vm *vm, double d)
{
    FloatObj *f = (FloatObj *)obj_alloc(vm, &t_float, sizeof(FloatObj));
    if (!f)
        return VAL_NULL;
    f->value = d;
    return OBJ_VAL(f);
}

/* ------------------------------------------------------------ float -> text */

/* Digits and exponent out of an snprintf "%.*e" result ("d.ddde+XX"). */
static void split_exp_form(const char *s, char *digits, int *decpt)
{
    size_t n = 0;
    const char *p = s;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            digits[n++] = *p;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    *decpt = (*p == 'e') ? atoi(p + 1) + 1 : 1;
}

/* Adds one unit in the last place of a digit string; returns false if the
 * carry ran off the front (all nines). */
static bool digits_increment(char *digits, size_t n)
{
    for (size_t i = n; i-- > 0;) {
        if (digits[i] != '9') {
            digits[i]++;
            return true;
        }
        digits[i] = '0';
    }
    return false;
}

static bool digits_round_trip(const char *digits, int decpt, double target)
{
    char tmp[48];
    snprintf(tmp, sizeof tmp, "0.%se%d", digits, decpt);
    return strtod(tmp, NULL) == target;
}

void double_shortest_digits(double d, char *digits, int *decpt)
{
    char tmp[40];
    double a = fabs(d);
    int mant_exp;
    /* At a power of two the gap below is half the gap above, so the nearest
     * n-digit decimal can miss while the one just above still rounds back. */
    bool power_of_two = frexp(a, &mant_exp) == 0.5;
    if (!power_of_two) {
        /* Elsewhere the rounding interval is symmetric, so "n digits round-trip"
         * is monotone in n and a binary search finds the shortest. */
        int lo = 1, hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            snprintf(tmp, sizeof tmp, "%.*e", mid - 1, a);
            if (strtod(tmp, NULL) == a)
                hi = mid;
            else
                lo = mid + 1;
        }
        snprintf(tmp, sizeof tmp, "%.*e", lo - 1, a);
        split_exp_form(tmp, digits, decpt);
        return;
    }
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, a);
        if (strtod(tmp, NULL) == a) {
            split_exp_form(tmp, digits, decpt);
            return;
        }
        if (power_of_two) {
            char cand[24];
            int cand_decpt;
            size_t n = 0;
            for (const char *p = tmp; *p && *p != 'e'; p++)
                if (*p >= '0' && *p <= '9')
                    cand[n++] = *p;
            cand[n] = '\0';
            cand_decpt = atoi(strchr(tmp, 'e') + 1) + 1;
            if (strtod(tmp, NULL) < a && digits_increment(cand, n) &&
                digits_round_trip(cand, cand_decpt, a)) {
                while (n > 1 && cand[n - 1] == '0')
                    cand[--n] = '\0';
                memcpy(digits, cand, n + 1);
                *decpt = cand_decpt;
                return;
            }
        }
    }
    snprintf(tmp, sizeof tmp, "%.16e", a);   /* 17 digits always round-trip */
    split_exp_form(tmp, digits, decpt);
}

size_t double_to_string_bufsize(int precision)
{
    /* digits of DBL_MAX in 'f' (309) + precision, three times (output,
     * digits, snprintf scratch) */
    return 3 * ((size_t)(precision < 0 ? 0 : precision) + 420);
}

/* Copy at most 'n' bytes of 's' into the output, tracking the length. */
#define PUT(c) (buf[len++] = (c))

size_t double_to_string(double d, char code, int precision, int flags, char *buf, size_t bufsize)
{
    bool upper = code == 'E' || code == 'F' || code == 'G';
    size_t len = 0;
    if (upper)
        code = (char)(code - 'A' + 'a');
    bool negative = signbit(d) && !isnan(d);
    if (!isfinite(d)) {
        if (negative)
            PUT('-');
        else if (flags & DTSF_SIGN)
            PUT('+');
        const char *word = isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        memcpy(buf + len, word, 4);
        return len + 3;
    }

    /* 1. digits (no trailing zeros; "0" for zero) and decimal point position */
    size_t part = bufsize / 3;
    char *digits = buf + part;     /* scratch: the second and third parts of buf */
    char *tmp = digits + part;
    int decpt;
    double a = fabs(d);
    if (code == 'g' && precision == 0)
        precision = 1;
    if (code == 'r') {
        if (a == 0.0) {
            strcpy(digits, "0");
            decpt = 1;
        } else {
            double_shortest_digits(a, digits, &decpt);
        }
    } else if (code == 'e' || code == 'g') {
        int sig = code == 'e' ? precision + 1 : precision;
        snprintf(tmp, part, "%.*e", sig - 1, a);
        split_exp_form(tmp, digits, &decpt);
        if (a == 0.0)
            decpt = 1;
    } else {   /* 'f' */
        snprintf(tmp, part, "%.*f", precision, a);
        size_t n = 0;
        int int_digits = 0;
        bool seen_point = false;
        for (const char *p = tmp; *p; p++) {
            if (*p == '.') {
                seen_point = true;
                continue;
            }
            if (!seen_point)
                int_digits++;
            digits[n++] = *p;
        }
        size_t lead = 0;
        while (lead < n && digits[lead] == '0')
            lead++;
        memmove(digits, digits + lead, n - lead);
        n -= lead;
        decpt = int_digits - (int)lead;
        while (n > 0 && digits[n - 1] == '0')
            n--;
        if (n == 0) {
            digits[n++] = '0';
            decpt = 1;
        }
        digits[n] = '\0';
    }
    int digits_len = (int)strlen(digits);
    bool is_zero = digits[0] == '0';
    if (is_zero && (flags & DTSF_NO_NEG_0))
        negative = false;

    /* 2. layout, as CPython's format_float_short */
    bool use_exp = false;
    bool alt = (flags & DTSF_ALT) != 0;
    int vdigits_end = digits_len;
    int exp = 0;
    switch (code) {
    case 'e':
        use_exp = true;
        vdigits_end = precision + 1;
        break;
    case 'f':
        vdigits_end = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > ((flags & DTSF_ADD_DOT_0) ? precision - 1 : precision))
            use_exp = true;
        if (alt)
            vdigits_end = precision;
        break;
    default:   /* 'r' */
        if (decpt <= -4 || decpt > 16)
            use_exp = true;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && (flags & DTSF_ADD_DOT_0))
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
    else
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

    if (negative)
        PUT('-');
    else if (flags & DTSF_SIGN)
        PUT('+');
    if (decpt <= 0) {
        for (int i = 0; i < decpt - vdigits_start; i++)
            PUT('0');
        PUT('.');
        for (int i = 0; i < -decpt; i++)
            PUT('0');
    } else {
        for (int i = 0; i < -vdigits_start; i++)
            PUT('0');
    }
    if (0 < decpt && decpt <= digits_len) {
        memcpy(buf + len, digits, (size_t)decpt);
        len += (size_t)decpt;
        PUT('.');
        memcpy(buf + len, digits + decpt, (size_t)(digits_len - decpt));
        len += (size_t)(digits_len - decpt);
    } else {
        memcpy(buf + len, digits, (size_t)digits_len);
        len += (size_t)digits_len;
    }
    if (digits_len < decpt) {
        for (int i = 0; i < decpt - digits_len; i++)
            PUT('0');
        PUT('.');
        for (int i = 0; i < vdigits_end - decpt; i++)
            PUT('0');
    } else {
        for (int i = 0; i < vdigits_end - digits_len; i++)
            PUT('0');
    }
    if (buf[len - 1] == '.' && !alt)
        len--;
    if (use_exp) {
        PUT(upper ? 'E' : 'e');
        len += (size_t)snprintf(buf + len, 16, "%+.02d", exp);
    }
    buf[len] = '\0';
    return len;
}
#undef PUT

size_t float_repr_buf(double d, char *buf, size_t bufsize)
{
    char local[1024];
    size_t n = double_to_string(d, 'r', 0, DTSF_ADD_DOT_0, local, sizeof local);
    if (bufsize == 0)
        return n;
    size_t copy = n < bufsize - 1 ? n : bufsize - 1;
    memcpy(buf, local, copy);
    buf[copy] = '\0';
    return n;
}

Value float_repr(Vm *vm, double d)
{
    char buf[64];
    size_t n = float_repr_buf(d, buf, sizeof buf);
    return str_new(vm, buf, n);
}

/* ------------------------------------------------------------ text -> float */

static bool ascii_ieq(const char *s, size_t n, const char *word)
{
    size_t wl = strlen(word);
    if (n != wl)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != word[i])
            return false;
    }
    return true;
}

/* Python's float grammar on an ASCII string without surrounding space:
 * writes the strtod-ready text (underscores removed) into out (size >= n+1).
 * Returns false if s is not a float literal. */
static bool float_literal_clean(const char *s, size_t n, char *out)
{
    size_t i = 0, o = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        out[o++] = s[i++];
    const char *rest = s + i;
    size_t rest_len = n - i;
    if (ascii_ieq(rest, rest_len, "inf") || ascii_ieq(rest, rest_len, "infinity")) {
        strcpy(out + o, "inf");
        return true;
    }
    if (ascii_ieq(rest, rest_len, "nan")) {
        strcpy(out + o, "nan");
        return true;
    }
    /* digitpart: digit (["_"] digit)*; returns digits consumed */
#define DIGITPART(ok)                                                  \
    do {                                                               \
        size_t start_ = i;                                             \
        ok = false;                                                    \
        while (i < n) {                                                \
            if (s[i] >= '0' && s[i] <= '9') {                          \
                out[o++] = s[i++];                                     \
                ok = true;                                             \
            } else if (s[i] == '_' && i > start_ && i + 1 < n &&       \
                       s[i + 1] >= '0' && s[i + 1] <= '9') {           \
                i++;                                                   \
            } else {                                                   \
                break;                                                 \
            }                                                          \
        }                                                              \
    } while (0)
    bool int_ok, frac_ok = false;
    DIGITPART(int_ok);
    if (i < n && s[i] == '.') {
        out[o++] = s[i++];
        DIGITPART(frac_ok);
    }
    if (!int_ok && !frac_ok)
        return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        bool exp_ok;
        out[o++] = s[i++];
        if (i < n && (s[i] == '+' || s[i] == '-'))
            out[o++] = s[i++];
        DIGITPART(exp_ok);
        if (!exp_ok)
            return false;
    }
#undef DIGITPART
    out[o] = '\0';
    return i == n;
}

static bool is_py_space(uint32_t cp)
{
    return uni_isspace(cp);
}

/* Parse text (str data when is_str, else bytes) as float(); raises with the
 * repr of 'orig' on failure. */
static Value parse_float_text(Vm *vm, const char *s, size_t n, bool is_str, Value orig, double *out)
{
    size_t start = 0, end = n;
    /* strip Python whitespace (Unicode for str, ASCII for bytes) */
    while (start < end) {
        uint32_t cp = (unsigned char)s[start];
        int l = 1;
        if (cp >= 0x80) {
            if (!is_str)
                break;
            l = utf8_decode(s + start, &cp);
        }
        if (!(cp < 0x80 ? (cp == ' ' || (cp >= 9 && cp <= 13) || (is_str && cp >= 0x1c && cp <= 0x1f))
                        : is_py_space(cp)))
            break;
        start += (size_t)l;
    }
    while (end > start) {
        size_t p = end - 1;
        if (is_str)
            while (p > start && ((unsigned char)s[p] & 0xC0) == 0x80)
                p--;
        uint32_t cp = (unsigned char)s[p];
        if (cp >= 0x80) {
            if (!is_str)
                break;
            utf8_decode(s + p, &cp);
        }
        if (!(cp < 0x80 ? (cp == ' ' || (cp >= 9 && cp <= 13) || (is_str && cp >= 0x1c && cp <= 0x1f))
                        : is_py_space(cp)))
            break;
        end = p;
    }
    size_t len = end - start;
    char stackbuf[256];
    char *ascii = stackbuf, *clean = NULL;
    size_t cap = 2 * (len + 1);
    char *heap = NULL;
    if (cap > sizeof stackbuf) {
        heap = mem_alloc(vm, cap);
        if (!heap)
            return VAL_NULL;
        ascii = heap;
    }
    clean = ascii + len + 1;
    /* non-ASCII decimal digits count as their ASCII value, as in CPython */
    size_t alen = 0;
    bool ok = true;
    for (size_t i = start; i < end;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            ascii[alen++] = (char)c;
            i++;
            continue;
        }
        uint32_t cp;
        int l = is_str ? utf8_decode(s + i, &cp) : 1;
        int dv = is_str ? uni_decimal_value(cp) : -1;
        if (dv < 0) {
            ok = false;
            break;
        }
        ascii[alen++] = (char)('0' + dv);
        i += (size_t)l;
    }
    ok = ok && alen > 0 && float_literal_clean(ascii, alen, clean);
    if (ok)
        *out = strtod(clean, NULL);
    if (heap)
        mem_free(vm, heap, cap);
    if (!ok)
        return vm_raise(vm, &t_ValueError, "could not convert string to float: %R", orig);
    return VAL_TRUE;
}

Value float_from_string(Vm *vm, Value str)
{
    double d;
    if (IS_OBJ(str) && AS_OBJ(str)->type->layout == K_STR) {
        if (!parse_float_text(vm, STR_DATA(str), STR_LEN(str), true, str, &d))
            return VAL_NULL;
    } else if (IS_OBJ(str) && AS_OBJ(str)->type->layout == K_BYTES) {
        if (!parse_float_text(vm, (const char *)AS_BYTES(str)->data, AS_BYTES(str)->len, false, str, &d))
            return VAL_NULL;
    } else if (IS_OBJ(str) && AS_OBJ(str)->type->layout == K_BYTEARRAY) {
        ByteArrayObj *ba = (ByteArrayObj *)AS_OBJ(str);
        if (!parse_float_text(vm, (const char *)ba->data, ba->len, false, str, &d))
            return VAL_NULL;
    } else {
        return vm_raise(vm, &t_TypeError, "float() argument must be a string or a real number, not '%s'",
                        type_name_of(str));
    }
    return float_new(vm, d);
}

/* ------------------------------------------------------------------- hash */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

int64_t float_hash(double v)
{
    if (!isfinite(v)) {
        if (isinf(v))
            return v > 0 ? 314159 : -314159;
        return 0;   /* CPython 3.10+ hashes nan by identity; all nans hash 0 here */
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;   /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    if (h == -1)
        h = -2;
    return h;
}

/* ----------------------------------------------------------------- round */

/* Round the exact decimal digit string of an integer (no sign) to keep
 * 'keep' leading digits (the rest become zeros), half-even; 'sticky' tells
 * whether a nonzero fraction followed the digits.  Returns the new string
 * length in out (may grow by one digit on carry). */
static size_t round_digit_string(const char *in, size_t n, long keep, bool sticky, char *out)
{
    if (keep < 0) {
        out[0] = '0';
        out[1] = '\0';
        return 1;
    }
    size_t k = (size_t)keep;
    int cmp;   /* removed part vs half a unit of the kept part */
    if (k >= n) {
        memcpy(out, in, n + 1);
        return n;
    }
    if (in[k] > '5')
        cmp = 1;
    else if (in[k] < '5')
        cmp = -1;
    else {
        cmp = sticky ? 1 : 0;
        for (size_t i = k + 1; i < n && cmp == 0; i++)
            if (in[i] != '0')
                cmp = 1;
    }
    bool up = cmp > 0 || (cmp == 0 && k > 0 && ((in[k - 1] - '0') & 1));
    size_t o = 0;
    if (up) {
        char tmp[400];
        memcpy(tmp, in, k);
        if (k == 0 || !digits_increment(tmp, k)) {
            out[o++] = '1';
            for (size_t i = 0; i < k; i++)
                out[o++] = '0';
        } else {
            memcpy(out, tmp, k);
            o = k;
        }
    } else {
        memcpy(out, in, k);
        o = k;
        if (o == 0)
            out[o++] = '0';
    }
    for (size_t i = k; i < n; i++)
        out[o++] = '0';
    out[o] = '\0';
    return o;
}

/* x rounded to 'ndigits' decimal places, half-even on the exact value
 * (CPython's double_round with dtoa mode 3). */
static double double_round_digits(double x, long ndigits, bool *overflow)
{
    /* ranges as CPython: beyond these, the answer is x or 0 */
    const long ndigits_max = (long)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    const long ndigits_min = -(long)((DBL_MAX_EXP + 1) * 0.30103);
    *overflow = false;
    if (!isfinite(x))
        return x;
    if (ndigits > ndigits_max)
        return x;
    if (ndigits < ndigits_min)
        return 0.0 * x;
    if (x == 0.0)
        return x;
    char buf[800];
    double r;
    if (ndigits >= 0) {
        snprintf(buf, sizeof buf, "%.*f", (int)ndigits, x);
        r = strtod(buf, NULL);
    } else {
        double a = fabs(x);
        double ip = trunc(a);
        char digits[400], rounded[420];
        int n = snprintf(digits, sizeof digits, "%.0f", ip);
        if (ip == 0.0)
            n = 0, digits[0] = '\0';
        long keep = n + ndigits;
        size_t m = round_digit_string(digits, (size_t)n, keep, a != ip, rounded);
        (void)m;
        r = copysign(strtod(rounded, NULL), x);
    }
    if (isinf(r))
        *overflow = true;
    return r;
}

Value float_round(Vm *vm, double x, Value ndigits)
{
    if (ndigits == VAL_NULL || ndigits == VAL_NONE) {
        double rounded = round(x);
        if (fabs(x - rounded) == 0.5)
            rounded = 2.0 * round(x / 2.0);
        return int_from_double(vm, rounded);
    }
    int64_t n;
    if (IS_TYPE(ndigits, &t_int) && !int_to_i64(ndigits, &n)) {
        n = int_sign(ndigits) < 0 ? INT64_MIN : INT64_MAX;   /* clamps like PyNumber_AsSsize_t(o, NULL) */
    } else if (IS_BOOL(ndigits)) {
        n = ndigits == VAL_TRUE;
    } else if (obj_index(vm, ndigits, &n) < 0) {
        if (!vm_exc_matches(vm, &t_OverflowError))
            return VAL_NULL;
        vm_exc_clear(vm);
        n = INT64_MAX;
    }
    long nd = n > 100000 ? 100000 : n < -100000 ? -100000 : (long)n;
    bool overflow;
    double r = double_round_digits(x, nd, &overflow);
    if (overflow)
        return vm_raise(vm, &t_OverflowError, "rounded value too large to represent");
    return float_new(vm, r);
}

/* ------------------------------------------------------------ arithmetic */

/* Operand of a float operation as a double: 1 ok, 0 not a number we mix
 * with (NotImplemented), -1 error (int too large). */
static int to_double(Vm *vm, Value v, double *out)
{
    if (is_float_layout(v)) {
        *out = FVAL(v);
        return 1;
    }
    if (IS_BOOL(v)) {
        *out = v == VAL_TRUE ? 1.0 : 0.0;
        return 1;
    }
    if (IS_SMALLINT(v)) {
        *out = (double)SMALLINT_VALUE(v);
        return 1;
    }
    if (is_intlike(v))
        return int_to_double(vm, v, out) < 0 ? -1 : 1;
    return 0;
}

static Value raise_range_error(Vm *vm)
{
    Value items[2];
    items[0] = MAKE_SMALLINT(34);
    items[1] = str_from_cstr(vm, "Numerical result out of range");
    if (!items[1])
        return VAL_NULL;
    Value args = tuple_from_array(vm, items, 2);
    if (!args)
        return VAL_NULL;
    Value exc = exc_new(vm, &t_OverflowError, args);
    if (!exc)
        return VAL_NULL;
    return vm_raise_value(vm, exc);
}

static bool is_odd_integer(double w)
{
    return fmod(fabs(w), 2.0) == 1.0;
}

static Value complex_result(Vm *vm, double re, double im)
{
    ComplexObj *c = (ComplexObj *)obj_alloc(vm, &t_complex, sizeof(ComplexObj));
    if (!c)
        return VAL_NULL;
    c->real = re;
    c->imag = im;
    return OBJ_VAL(c);
}

static Value float_pow_values(Vm *vm, double iv, double iw)
{
    bool negate = false;
    if (iw == 0.0)
        return float_new(vm, 1.0);
    if (isnan(iv))
        return float_new(vm, iv);
    if (isnan(iw))
        return float_new(vm, iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        double av = fabs(iv);
        if (av == 1.0)
            return float_new(vm, 1.0);
        if ((iw > 0.0) == (av > 1.0))
            return float_new(vm, fabs(iw));
        return float_new(vm, 0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0)
            return float_new(vm, odd ? iv : fabs(iv));
        return float_new(vm, odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0)
            return vm_raise(vm, &t_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_new(vm, odd ? iv : 0.0);
    }
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            /* negative base, fractional exponent: complex, as CPython's c_pow */
            double vabs = fabs(iv);
            double len = pow(vabs, iw);
            double phase = atan2(0.0, iv) * iw;
            double re = len * cos(phase), im = len * sin(phase);
            if (isinf(re) || isinf(im))
                return vm_raise(vm, &t_OverflowError, "complex exponentiation");
            return complex_result(vm, re, im);
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0)
        return float_new(vm, negate ? -1.0 : 1.0);
    double r = pow(iv, iw);
    if (negate)
        r = -r;
    if (isinf(r))
        return raise_range_error(vm);
    return float_new(vm, r);
}

/* CPython's float_divmod arithmetic; both results out. */
static void divmod_values(double vx, double wx, double *floordiv, double *mod)
{
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

static Value float_binop(Vm *vm, int op, Value a, Value b)
{
    double x, y;
    int ra = to_double(vm, a, &x);
    if (ra <= 0)
        return ra < 0 ? VAL_NULL : VAL_NOTIMPL;
    int rb = to_double(vm, b, &y);
    if (rb <= 0)
        return rb < 0 ? VAL_NULL : VAL_NOTIMPL;
    switch (op & 15) {
    case BINOP_ADD:
        return float_new(vm, x + y);
    case BINOP_SUB:
        return float_new(vm, x - y);
    case BINOP_MUL:
        return float_new(vm, x * y);
    case BINOP_TRUEDIV:
        if (y == 0.0)
            return vm_raise(vm, &t_ZeroDivisionError, "float division by zero");
        return float_new(vm, x / y);
    case BINOP_FLOORDIV: {
        if (y == 0.0)
            return vm_raise(vm, &t_ZeroDivisionError, "float floor division by zero");
        double fd, m;
        divmod_values(x, y, &fd, &m);
        return float_new(vm, fd);
    }
    case BINOP_MOD: {
        if (y == 0.0)
            return vm_raise(vm, &t_ZeroDivisionError, "float modulo");
        double m = fmod(x, y);
        if (m) {
            if ((y < 0) != (m < 0))
                m += y;
        } else {
            m = copysign(0.0, y);
        }
        return float_new(vm, m);
    }
    case BINOP_POW:
        return float_pow_values(vm, x, y);
    default:
        return VAL_NOTIMPL;
    }
}

Value float_divmod(Vm *vm, Value a, Value b)
{
    double x, y;
    int ra = to_double(vm, a, &x);
    if (ra <= 0)
        return ra < 0 ? VAL_NULL : VAL_NOTIMPL;
    int rb = to_double(vm, b, &y);
    if (rb <= 0)
        return rb < 0 ? VAL_NULL : VAL_NOTIMPL;
    if (y == 0.0)
        return vm_raise(vm, &t_ZeroDivisionError, "float divmod()");
    double fd, m;
    divmod_values(x, y, &fd, &m);
    Value q = float_new(vm, fd);
    if (!q)
        return VAL_NULL;
    Value r = float_new(vm, m);
    if (!r)
        return VAL_NULL;
    return tuple_pack2(vm, q, r);
}

static Value float_unaryop(Vm *vm, int op, Value a)
{
    double x = FVAL(a);
    switch (op) {
    case UNARY_NEG:
        return float_new(vm, -x);
    case UNARY_POS:
        return IS_FLOAT(a) ? a : float_new(vm, x);
    default:
        return VAL_NOTIMPL;
    }
}

static bool cmp_result(int c, int op)
{
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

static Value float_richcompare(Vm *vm, Value a, Value b, int op)
{
    if (!is_float_layout(a))
        return VAL_NOTIMPL;
    double x = FVAL(a);
    int c;
    if (is_float_layout(b)) {
        double y = FVAL(b);
        if (isnan(x) || isnan(y))
            return VAL_BOOL(op == CMP_NE);
        c = x < y ? -1 : x > y ? 1 : 0;
    } else if (IS_BOOL(b) || IS_SMALLINT(b) || is_intlike(b)) {
        if (isnan(x))
            return VAL_BOOL(op == CMP_NE);
        if (IS_BOOL(b)) {
            double y = b == VAL_TRUE ? 1.0 : 0.0;
            c = x < y ? -1 : x > y ? 1 : 0;
        } else {
            c = -int_cmp_double(b, x);
        }
    } else {
        return VAL_NOTIMPL;
    }
    return VAL_BOOL(cmp_result(c, op));
}

static Value float_repr_slot(Vm *vm, Value self)
{
    return float_repr(vm, FVAL(self));
}

static int float_hash_slot(Vm *vm, Value self, int64_t *out)
{
    *out = float_hash(FVAL(self));
    return 0;
}

static int float_truthy(Vm *vm, Value self)
{
    return FVAL(self) != 0.0;
}

/* ------------------------------------------------------------ constructor */

static Value number_to_float_value(Vm *vm, Value x, double *out)
{
    if (IS_FLOAT(x)) {
        *out = FVAL(x);
        return VAL_TRUE;
    }
    if (IS_BOOL(x) || IS_SMALLINT(x) || IS_TYPE(x, &t_int)) {
        return to_double(vm, x, out) < 0 ? VAL_NULL : VAL_TRUE;
    }
    if (IS_STR(x) || IS_BYTES(x) || IS_TYPE(x, &t_bytearray)) {
        Value f = float_from_string(vm, x);
        if (!f)
            return VAL_NULL;
        *out = FVAL(f);
        return VAL_TRUE;
    }
    int found = 0;
    Value r = vm_call_method_opt(vm, x, "__float__", NULL, 0, &found);
    if (found) {
        if (!r)
            return VAL_NULL;
        if (!is_float_layout(r))
            return vm_raise(vm, &t_TypeError, "%s.__float__ returned non-float (type %s)",
                            type_name_of(x), type_name_of(r));
        *out = FVAL(r);
        return VAL_TRUE;
    }
    if (r == VAL_NULL && vm_exc_pending(vm))
        return VAL_NULL;
    r = vm_call_method_opt(vm, x, "__index__", NULL, 0, &found);
    if (found) {
        if (!r)
            return VAL_NULL;
        if (!is_intlike(r))
            return vm_raise(vm, &t_TypeError, "__index__ returned non-int (type %s)", type_name_of(r));
        return to_double(vm, r, out) < 0 ? VAL_NULL : VAL_TRUE;
    }
    if (r == VAL_NULL && vm_exc_pending(vm))
        return VAL_NULL;
    if (is_intlike(x))
        return to_double(vm, x, out) < 0 ? VAL_NULL : VAL_TRUE;
    if (IS_OBJ(x)) {
        uint32_t layout = AS_OBJ(x)->type->layout;
        if (layout == K_FLOAT) {
            *out = FVAL(x);
            return VAL_TRUE;
        }
        if (layout == K_STR || layout == K_BYTES || layout == K_BYTEARRAY) {
            Value f = float_from_string(vm, x);
            if (!f)
                return VAL_NULL;
            *out = FVAL(f);
            return VAL_TRUE;
        }
    }
    return vm_raise(vm, &t_TypeError, "float() argument must be a string or a real number, not '%s'",
                    type_name_of(x));
}

static Value float_of_type(Vm *vm, const TypeObj *type, double d)
{
    if (type == &t_float)
        return float_new(vm, d);
    FloatObj *f = (FloatObj *)obj_alloc(vm, type, type->basicsize);
    if (!f)
        return VAL_NULL;
    f->value = d;
    return OBJ_VAL(f);
}

static Value float_new_slot(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    if (kwnames != VAL_NULL && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "float() takes no keyword arguments");
    if (nargs > 1)
        return vm_raise(vm, &t_TypeError, "float expected at most 1 argument, got %d", nargs);
    double d = 0.0;
    if (nargs == 1) {
        if (type == &t_float && IS_FLOAT(args[0]))
            return args[0];
        if (!number_to_float_value(vm, args[0], &d))
            return VAL_NULL;
    }
    return float_of_type(vm, type, d);
}

/* ---------------------------------------------------------------- methods */

static double self_double(Value *args)
{
    return FVAL(args[0]);
}

static Value m_conjugate(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "conjugate", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return IS_FLOAT(args[0]) ? args[0] : float_new(vm, self_double(args));
}

static Value m_float(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__float__", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return IS_FLOAT(args[0]) ? args[0] : float_new(vm, self_double(args));
}

static Value m_is_integer(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "is_integer", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    double x = self_double(args);
    return VAL_BOOL(isfinite(x) && floor(x) == x);
}

static Value m_as_integer_ratio(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "as_integer_ratio", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    double x = self_double(args);
    if (isinf(x))
        return vm_raise(vm, &t_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x))
        return vm_raise(vm, &t_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    /* scale the mantissa to an integer (at most 53 bits) */
    int64_t mant = (int64_t)ldexp(m, 53);
    e -= 53;
    while (mant != 0 && (mant & 1) == 0) {
        mant >>= 1;
        e++;
    }
    if (mant == 0)
        e = 0;
    Value num = int_from_i64(vm, mant);
    if (!num)
        return VAL_NULL;
    Value den = MAKE_SMALLINT(1);
    if (e > 0) {
        num = int_lshift(vm, num, MAKE_SMALLINT(e));
        if (!num)
            return VAL_NULL;
    } else if (e < 0) {
        den = int_lshift(vm, MAKE_SMALLINT(1), MAKE_SMALLINT(-e));
        if (!den)
            return VAL_NULL;
    }
    return tuple_pack2(vm, num, den);
}

static Value m_hex(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "hex", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    double x = self_double(args);
    if (!isfinite(x))
        return float_repr(vm, x);
    if (x == 0.0)
        return str_from_cstr(vm, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    static const char hexdigits[] = "0123456789abcdef";
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - ((DBL_MIN_EXP - e) > 0 ? (DBL_MIN_EXP - e) : 0);
    m = ldexp(m, shift);
    e -= shift;
    char buf[64];
    size_t n = 0;
    if (x < 0)
        buf[n++] = '-';
    buf[n++] = '0';
    buf[n++] = 'x';
    buf[n++] = hexdigits[(int)m];
    m -= (int)m;
    buf[n++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        buf[n++] = hexdigits[(int)m];
        m -= (int)m;
    }
    n += (size_t)snprintf(buf + n, sizeof buf - n, "p%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return str_new(vm, buf, n);
}

static bool is_hex_digit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static Value m_fromhex(Vm *vm, Value *args, int nargs, Value kwnames)
{
    /* classmethod: args[0] is the class */
    if (arg_check(vm, "fromhex", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    Value s = args[1];
    if (!IS_OBJ(s) || AS_OBJ(s)->type->layout != K_STR)
        return vm_raise(vm, &t_TypeError, "fromhex() argument must be str, not %s", type_name_of(s));
    const char *p = STR_DATA(s);
    size_t n = STR_LEN(s), i = 0, end = n;
    while (i < end && (p[i] == ' ' || (p[i] >= 9 && p[i] <= 13)))
        i++;
    while (end > i && (p[end - 1] == ' ' || (p[end - 1] >= 9 && p[end - 1] <= 13)))
        end--;
    char stackbuf[128];
    size_t cap = end - i + 8;
    char *buf = stackbuf;
    if (cap > sizeof stackbuf) {
        buf = mem_alloc(vm, cap);
        if (!buf)
            return VAL_NULL;
    }
    size_t o = 0;
    bool ok = true;
    double d = 0.0;
    if (i < end && (p[i] == '+' || p[i] == '-'))
        buf[o++] = p[i++];
    if (ascii_ieq(p + i, end - i, "inf") || ascii_ieq(p + i, end - i, "infinity") ||
        ascii_ieq(p + i, end - i, "nan")) {
        memcpy(buf + o, p + i, end - i);
        buf[o + end - i] = '\0';
        d = strtod(buf, NULL);
    } else {
        if (end - i >= 2 && p[i] == '0' && (p[i + 1] == 'x' || p[i + 1] == 'X'))
            i += 2;
        buf[o++] = '0';
        buf[o++] = 'x';
        size_t ndig = 0;
        while (i < end && is_hex_digit(p[i]))
            buf[o++] = p[i++], ndig++;
        if (i < end && p[i] == '.') {
            buf[o++] = p[i++];
            while (i < end && is_hex_digit(p[i]))
                buf[o++] = p[i++], ndig++;
        }
        if (ndig == 0)
            ok = false;
        if (ok && i < end && (p[i] == 'p' || p[i] == 'P')) {
            buf[o++] = p[i++];
            if (i < end && (p[i] == '+' || p[i] == '-'))
                buf[o++] = p[i++];
            size_t edig = 0;
            while (i < end && p[i] >= '0' && p[i] <= '9')
                buf[o++] = p[i++], edig++;
            if (edig == 0)
                ok = false;
        }
        if (i != end)
            ok = false;
        buf[o] = '\0';
        if (ok) {
            errno = 0;
            d = strtod(buf, NULL);
            if (isinf(d)) {
                if (buf != stackbuf)
                    mem_free(vm, buf, cap);
                return vm_raise(vm, &t_OverflowError, "hexadecimal value too large to represent as a float");
            }
        }
    }
    if (buf != stackbuf)
        mem_free(vm, buf, cap);
    if (!ok)
        return vm_raise(vm, &t_ValueError, "invalid hexadecimal floating-point string");
    Value result = float_new(vm, d);
    if (!result || args[0] == OBJ_VAL(&t_float))
        return result;
    return vm_call(vm, args[0], &result, 1, VAL_NULL);
}

static Value m_trunc(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__trunc__", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return int_from_double(vm, trunc(self_double(args)));
}

static Value m_int(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__int__", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return int_from_double(vm, trunc(self_double(args)));
}

static Value m_floor(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__floor__", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return int_from_double(vm, floor(self_double(args)));
}

static Value m_ceil(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__ceil__", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return int_from_double(vm, ceil(self_double(args)));
}

static Value m_round(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__round__", nargs - 1, kwnames, 0, 1) < 0)
        return VAL_NULL;
    return float_round(vm, self_double(args), nargs > 1 ? args[1] : VAL_NULL);
}

static Value m_abs(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__abs__", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return float_new(vm, fabs(self_double(args)));
}

static Value m_divmod(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__divmod__", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    return float_divmod(vm, args[0], args[1]);
}

static Value m_rdivmod(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__rdivmod__", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    return float_divmod(vm, args[1], args[0]);
}

static Value m_format(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__format__", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    if (!IS_OBJ(args[1]) || AS_OBJ(args[1])->type->layout != K_STR)
        return vm_raise(vm, &t_TypeError, "__format__() argument must be str, not %s", type_name_of(args[1]));
    return format_float(vm, self_double(args), args[1]);
}

static Value m_getnewargs(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__getnewargs__", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    Value f = float_new(vm, self_double(args));
    if (!f)
        return VAL_NULL;
    return tuple_from_array(vm, &f, 1);
}

static Value g_real(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return IS_FLOAT(args[0]) ? args[0] : float_new(vm, self_double(args));
}

static Value g_imag(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return float_new(vm, 0.0);
}

static const BuiltinFunc float_methods[] = {
    BUILTIN_METHOD("conjugate", m_conjugate),
    BUILTIN_METHOD("is_integer", m_is_integer),
    BUILTIN_METHOD("as_integer_ratio", m_as_integer_ratio),
    BUILTIN_METHOD("hex", m_hex),
    BUILTIN_CLASSMETHOD("fromhex", m_fromhex),
    BUILTIN_METHOD("__trunc__", m_trunc),
    BUILTIN_METHOD("__int__", m_int),
    BUILTIN_METHOD("__float__", m_float),
    BUILTIN_METHOD("__floor__", m_floor),
    BUILTIN_METHOD("__ceil__", m_ceil),
    BUILTIN_METHOD("__round__", m_round),
    BUILTIN_METHOD("__abs__", m_abs),
    BUILTIN_METHOD("__divmod__", m_divmod),
    BUILTIN_METHOD("__rdivmod__", m_rdivmod),
    BUILTIN_METHOD("__format__", m_format),
    BUILTIN_METHOD("__getnewargs__", m_getnewargs),
    BUILTIN_GETTER("real", g_real),
    BUILTIN_GETTER("imag", g_imag),
};

const TypeObj t_float = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "float",
    .base = &t_object,
    .methods = float_methods,
    .nmethods = sizeof float_methods / sizeof float_methods[0],
    .flags = TF_BASETYPE,
    .layout = K_FLOAT,
    .basicsize = sizeof(FloatObj),
    .module = "builtins",
    .repr = float_repr_slot,
    /* no str slot: str() goes through repr, so a subclass's __repr__ wins as in CPython */
    .hash = float_hash_slot,
    .richcompare = float_richcompare,
    .new_ = float_new_slot,
    .truthy = float_truthy,
    .binop = float_binop,
    .unaryop = float_unaryop,
};
