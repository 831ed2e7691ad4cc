/* Corral core: arbitrary-precision integers.
 *
 * Small ints live tagged in the Value; anything outside SMALLINT_MIN..MAX is
 * an IntObj: sign and magnitude, the magnitude in base 2^32 little-endian
 * digits with no leading zero digit.  Every result leaves through
 * int_normalize(), so a bigint never holds a value that fits a small int.
 *
 * Operands are read through an IntView, which gives small ints, bools,
 * IntObj and int-subclass instances the same (digits, length, sign) shape.
 * Magnitude helpers (mag_*) work on raw digit arrays; temporary buffers go
 * through mem_alloc/mem_free so that long computations (modular pow,
 * Karatsuba) leave no garbage behind for a GC that cannot run meanwhile.
 */
#include "bigint.h"

#include <float.h>
#include <math.h>
#include <stdio.h>

#include "unicode.h"

#define KARATSUBA_CUTOFF 40
/* Largest digit count an Obj (whose size is a uint32_t) can hold. */
#define MAX_INT_DIGITS ((int64_t)((UINT32_MAX - sizeof(IntObj)) / sizeof(uint32_t)))
/* Long loops charge one vm_tick per this many digit operations. */
#define WORK_PER_TICK 8192
/* Sizes above this get an explicit mem_check before work starts. */
#define MEM_CHECK_DIGITS 256

typedef struct IntView {
    const uint32_t *d;
    int64_t n;          /* significant digits; 0 for zero */
    int neg;
    uint32_t buf[2];
} IntView;

static void view_u64(IntView *v, uint64_t u, int neg)
{
    v->buf[0] = (uint32_t)u;
    v->buf[1] = (uint32_t)(u >> 32);
    v->d = v->buf;
    v->n = v->buf[1] ? 2 : v->buf[0] ? 1 : 0;
    v->neg = neg && v->n > 0;
}

/* v must be int-like (see is_intlike). The view may point into v->buf, so it
 * must not be copied. */
static void view_init(IntView *v, Value x)
{
    if (IS_SMALLINT(x)) {
        int64_t i = SMALLINT_VALUE(x);
        view_u64(v, i < 0 ? -(uint64_t)i : (uint64_t)i, i < 0);
    } else if (x == VAL_TRUE) {
        view_u64(v, 1, 0);
    } else if (x == VAL_FALSE) {
        view_u64(v, 0, 0);
    } else {
        const IntObj *o = (const IntObj *)AS_OBJ(x);
        int64_t n = o->ndigits;
        while (n > 0 && o->digits[n - 1] == 0)
            n--;
        v->d = o->digits;
        v->n = n;
        v->neg = o->negative && n > 0;
    }
}

static int64_t mag_bit_length(const uint32_t *d, int64_t n)
{
    if (n == 0)
        return 0;
    return (n - 1) * 32 + (32 - __builtin_clz(d[n - 1]));
}

static int mag_cmp(const uint32_t *a, int64_t an, const uint32_t *b, int64_t bn)
{
    if (an != bn)
        return an < bn ? -1 : 1;
    for (int64_t i = an - 1; i >= 0; i--)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* r[0..an] = a + b with an >= bn; r has an+1 digits (r may alias a). */
static void mag_add(uint32_t *r, const uint32_t *a, int64_t an, const uint32_t *b, int64_t bn)
{
    uint64_t carry = 0;
    int64_t i = 0;
    for (; i < bn; i++) {
        carry += (uint64_t)a[i] + b[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; i < an; i++) {
        carry += a[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    r[an] = (uint32_t)carry;
}

/* r[0..an) = a - b with a >= b (r may alias a). */
static void mag_sub(uint32_t *r, const uint32_t *a, int64_t an, const uint32_t *b, int64_t bn)
{
    int64_t borrow = 0;
    int64_t i = 0;
    for (; i < bn; i++) {
        int64_t t = (int64_t)a[i] - b[i] + borrow;
        r[i] = (uint32_t)t;
        borrow = t < 0 ? -1 : 0;
    }
    for (; i < an; i++) {
        int64_t t = (int64_t)a[i] + borrow;
        r[i] = (uint32_t)t;
        borrow = t < 0 ? -1 : 0;
    }
}

/* r[0..rn) += t[0..tn); the caller guarantees no carry out of r. */
static void mag_add_into(uint32_t *r, int64_t rn, const uint32_t *t, int64_t tn)
{
    uint64_t carry = 0;
    int64_t i = 0;
    for (; i < tn; i++) {
        carry += (uint64_t)r[i] + t[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; carry && i < rn; i++) {
        carry += r[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
}

/* r[0..rn) -= t[0..tn); the caller guarantees r >= t. */
static void mag_sub_into(uint32_t *r, int64_t rn, const uint32_t *t, int64_t tn)
{
    int64_t borrow = 0;
    int64_t i = 0;
    for (; i < tn; i++) {
        int64_t x = (int64_t)r[i] - t[i] + borrow;
        r[i] = (uint32_t)x;
        borrow = x < 0 ? -1 : 0;
    }
    for (; borrow && i < rn; i++) {
        int64_t x = (int64_t)r[i] + borrow;
        r[i] = (uint32_t)x;
        borrow = x < 0 ? -1 : 0;
    }
}

static int64_t mag_trim(const uint32_t *d, int64_t n)
{
    while (n > 0 && d[n - 1] == 0)
        n--;
    return n;
}

/* r[0..an+bn) = a * b, schoolbook. r must not overlap a or b. */
static int mag_mul_school(Vm *vm, uint32_t *r, const uint32_t *a, int64_t an, const uint32_t *b, int64_t bn)
{
    memset(r, 0, (size_t)(an + bn) * sizeof(uint32_t));
    int64_t work = 0;
    for (int64_t j = 0; j < bn; j++) {
        uint64_t bj = b[j], carry = 0;
        if (bj == 0)
            continue;
        uint32_t *rj = r + j;
        for (int64_t i = 0; i < an; i++) {
            carry += (uint64_t)a[i] * bj + rj[i];
            rj[i] = (uint32_t)carry;
            carry >>= 32;
        }
        rj[an] = (uint32_t)carry;
        if ((work += an) >= WORK_PER_TICK) {
            work = 0;
            if (vm_tick(vm) < 0)
                return -1;
        }
    }
    return 0;
}

/* r[0..2n) = a * a, schoolbook: each cross product once, doubled. */
static int mag_sqr_school(Vm *vm, uint32_t *r, const uint32_t *a, int64_t n)
{
    memset(r, 0, (size_t)(2 * n) * sizeof(uint32_t));
    int64_t work = 0;
    for (int64_t i = 0; i < n; i++) {
        uint64_t ai = a[i], carry = 0;
        if (ai == 0)
            continue;
        uint32_t *ri = r + 2 * i + 1;
        for (int64_t j = i + 1; j < n; j++) {
            carry += ai * a[j] + ri[j - i - 1];
            ri[j - i - 1] = (uint32_t)carry;
            carry >>= 32;
        }
        r[i + n] = (uint32_t)carry;
        if ((work += n - i) >= WORK_PER_TICK) {
            work = 0;
            if (vm_tick(vm) < 0)
                return -1;
        }
    }
    /* double the cross products and add the squares */
    uint64_t carry = 0;
    for (int64_t i = 0; i < n; i++) {
        uint64_t sq = (uint64_t)a[i] * a[i];
        uint64_t lo = ((uint64_t)r[2 * i] << 1) + (uint32_t)sq + carry;
        r[2 * i] = (uint32_t)lo;
        uint64_t hi = ((uint64_t)r[2 * i + 1] << 1) + (sq >> 32) + (lo >> 32);
        r[2 * i + 1] = (uint32_t)hi;
        carry = hi >> 32;
    }
    return 0;
}

/* r[0..an+bn) = a * b (Karatsuba above the cutoff).  r must not overlap a
 * or b.  Returns 0, or -1 on MemoryError / limit stop. */
static int mag_mul(Vm *vm, uint32_t *r, const uint32_t *a, int64_t an, const uint32_t *b, int64_t bn)
{
    if (an < bn) {
        const uint32_t *tp = a; a = b; b = tp;
        int64_t tn = an; an = bn; bn = tn;
    }
    if (bn == 0) {
        memset(r, 0, (size_t)an * sizeof(uint32_t));
        return 0;
    }
    bool square = a == b && an == bn;
    if (bn < KARATSUBA_CUTOFF)
        return square ? mag_sqr_school(vm, r, a, an) : mag_mul_school(vm, r, a, an, b, bn);
    if (vm_tick(vm) < 0)
        return -1;

    if (an >= 2 * bn) {
        /* Unbalanced: multiply b by bn-digit slices of a. */
        uint32_t *tmp = mem_alloc(vm, (size_t)2 * bn * sizeof(uint32_t));
        if (!tmp)
            return -1;
        memset(r, 0, (size_t)(an + bn) * sizeof(uint32_t));
        for (int64_t i = 0; i < an; i += bn) {
            int64_t len = an - i < bn ? an - i : bn;
            if (mag_mul(vm, tmp, a + i, len, b, bn) < 0) {
                mem_free(vm, tmp, (size_t)2 * bn * sizeof(uint32_t));
                return -1;
            }
            mag_add_into(r + i, an + bn - i, tmp, len + bn);
        }
        mem_free(vm, tmp, (size_t)2 * bn * sizeof(uint32_t));
        return 0;
    }

    /* a = a1*B^h + a0, b = b1*B^h + b0 with bn > h (as an < 2*bn). */
    int64_t h = (an + 1) / 2;
    int64_t a1n = an - h, b1n = bn - h;
    const uint32_t *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
    int64_t a0n = mag_trim(a0, h), b0n = mag_trim(b0, h);
    /* scratch: sa (h+1), sb (h+1), z1 (2h+2) */
    size_t scratch_digits = (size_t)(4 * h + 4);
    uint32_t *scratch = mem_alloc(vm, scratch_digits * sizeof(uint32_t));
    if (!scratch)
        return -1;
    uint32_t *sa = scratch, *sb = scratch + h + 1, *z1 = scratch + 2 * h + 2;
    int rc = -1;

    /* z0 = a0*b0 into r[0..2h), z2 = a1*b1 into r[2h..an+bn) */
    memset(r, 0, (size_t)(an + bn) * sizeof(uint32_t));
    if (mag_mul(vm, r, a0, a0n, b0, b0n) < 0)
        goto done;
    if (mag_mul(vm, r + 2 * h, a1, a1n, b1, b1n) < 0)
        goto done;
    /* z1 = (a0+a1)(b0+b1) - z0 - z2 */
    if (a0n >= a1n)
        mag_add(sa, a0, a0n, a1, a1n);
    else
        mag_add(sa, a1, a1n, a0, a0n);
    int64_t san = mag_trim(sa, (a0n > a1n ? a0n : a1n) + 1), sbn;
    if (square) {
        sb = sa;
        sbn = san;
    } else {
        if (b0n >= b1n)
            mag_add(sb, b0, b0n, b1, b1n);
        else
            mag_add(sb, b1, b1n, b0, b0n);
        sbn = mag_trim(sb, (b0n > b1n ? b0n : b1n) + 1);
    }
    memset(z1, 0, (size_t)(2 * h + 2) * sizeof(uint32_t));
    if (mag_mul(vm, z1, sa, san, sb, sbn) < 0)
        goto done;
    int64_t z1n = san + sbn;
    mag_sub_into(z1, z1n, r, mag_trim(r, 2 * h));
    mag_sub_into(z1, z1n, r + 2 * h, mag_trim(r + 2 * h, a1n + b1n));
    mag_add_into(r + h, an + bn - h, z1, mag_trim(z1, z1n));
    rc = 0;
done:
    mem_free(vm, scratch, scratch_digits * sizeof(uint32_t));
    return rc;
}

/* a[0..n) /= d in place; returns the remainder. */
static uint32_t mag_divrem_small(uint32_t *a, int64_t n, uint32_t d)
{
    uint64_t rem = 0;
    for (int64_t i = n - 1; i >= 0; i--) {
        uint64_t cur = (rem << 32) | a[i];
        a[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    return (uint32_t)rem;
}

/* Knuth's algorithm D.  a (an digits) divided by b (bn >= 1 digits, top
 * digit nonzero): q gets an-bn+1 digits (if an >= bn), r gets bn digits.
 * Either may be NULL.  Returns 0 or -1. */
static int mag_divmod(Vm *vm, const uint32_t *a, int64_t an, const uint32_t *b, int64_t bn,
                      uint32_t *q, uint32_t *r)
{
    if (an < bn) {
        if (r) {
            memcpy(r, a, (size_t)an * sizeof(uint32_t));
            memset(r + an, 0, (size_t)(bn - an) * sizeof(uint32_t));
        }
        return 0;
    }
    if (bn == 1) {
        uint64_t rem = 0;
        for (int64_t i = an - 1; i >= 0; i--) {
            uint64_t cur = (rem << 32) | a[i];
            if (q)
                q[i] = (uint32_t)(cur / b[0]);
            rem = cur % b[0];
        }
        if (r)
            r[0] = (uint32_t)rem;
        return 0;
    }
    size_t tmp_digits = (size_t)(an + 1 + bn);
    uint32_t *un = mem_alloc(vm, tmp_digits * sizeof(uint32_t));
    if (!un)
        return -1;
    uint32_t *vn = un + an + 1;
    int s = __builtin_clz(b[bn - 1]);
    /* normalise so the divisor's top bit is set */
    for (int64_t i = bn - 1; i > 0; i--)
        vn[i] = s ? (b[i] << s) | (b[i - 1] >> (32 - s)) : b[i];
    vn[0] = b[0] << s;
    un[an] = s ? a[an - 1] >> (32 - s) : 0;
    for (int64_t i = an - 1; i > 0; i--)
        un[i] = s ? (a[i] << s) | (a[i - 1] >> (32 - s)) : a[i];
    un[0] = a[0] << s;

    const uint64_t base = (uint64_t)1 << 32;
    int64_t work = 0;
    for (int64_t j = an - bn; j >= 0; j--) {
        uint64_t num = ((uint64_t)un[j + bn] << 32) | un[j + bn - 1];
        uint64_t qhat = num / vn[bn - 1];
        uint64_t rhat = num - qhat * vn[bn - 1];
        while (qhat >= base || qhat * vn[bn - 2] > ((rhat << 32) | un[j + bn - 2])) {
            qhat--;
            rhat += vn[bn - 1];
            if (rhat >= base)
                break;
        }
        /* un[j..j+bn] -= qhat * vn */
        uint64_t mulcarry = 0, borrow = 0;
        uint32_t *uj = un + j;
        for (int64_t i = 0; i < bn; i++) {
            uint64_t p = qhat * vn[i] + mulcarry;
            mulcarry = p >> 32;
            uint64_t t = (uint64_t)uj[i] - (uint32_t)p - borrow;
            uj[i] = (uint32_t)t;
            borrow = (t >> 32) & 1;
        }
        uint64_t t = (uint64_t)uj[bn] - mulcarry - borrow;
        uj[bn] = (uint32_t)t;
        if (t >> 63) {
            qhat--;
            uint64_t c = 0;
            for (int64_t i = 0; i < bn; i++) {
                c += (uint64_t)un[i + j] + vn[i];
                un[i + j] = (uint32_t)c;
                c >>= 32;
            }
            un[j + bn] += (uint32_t)c;
        }
        if (q)
            q[j] = (uint32_t)qhat;
        if ((work += bn) >= WORK_PER_TICK) {
            work = 0;
            if (vm_tick(vm) < 0) {
                mem_free(vm, un, tmp_digits * sizeof(uint32_t));
                return -1;
            }
        }
    }
    if (r) {
        for (int64_t i = 0; i < bn; i++)
            r[i] = s ? (un[i] >> s) | (uint32_t)((uint64_t)un[i + 1] << (32 - s)) : un[i];
    }
    mem_free(vm, un, tmp_digits * sizeof(uint32_t));
    return 0;
}

/* ------------------------------------------------------------ allocation */

static IntObj *int_alloc_type(Vm *vm, const TypeObj *type, int64_t ndigits)
{
    if (ndigits < 0 || ndigits > MAX_INT_DIGITS) {
        vm_raise_memory(vm);
        return NULL;
    }
    IntObj *o = (IntObj *)obj_alloc(vm, type, sizeof(IntObj) + (size_t)ndigits * sizeof(uint32_t));
    if (o)
        o->ndigits = ndigits;
    return o;
}

static IntObj *int_alloc(Vm *vm, int64_t ndigits) { return int_alloc_type(vm, &t_int, ndigits); }

Value int_normalize(Vm *vm, IntObj *o)
{
    int64_t n = mag_trim(o->digits, o->ndigits);
    o->ndigits = n;
    if (n == 0)
        return MAKE_SMALLINT(0);
    if (n <= 2) {
        uint64_t m = o->digits[0] | (n == 2 ? (uint64_t)o->digits[1] << 32 : 0);
        if (!o->negative && m <= (uint64_t)SMALLINT_MAX)
            return MAKE_SMALLINT((int64_t)m);
        if (o->negative && m <= (uint64_t)SMALLINT_MAX + 1)
            return MAKE_SMALLINT(-(int64_t)(m - 1) - 1);
    }
    return OBJ_VAL(o);
}

static Value int_from_mag(Vm *vm, const uint32_t *d, int64_t n, int neg)
{
    n = mag_trim(d, n);
    IntObj *o = int_alloc(vm, n);
    if (!o)
        return VAL_NULL;
    memcpy(o->digits, d, (size_t)n * sizeof(uint32_t));
    o->negative = neg;
    return int_normalize(vm, o);
}

static Value int_from_u64_sign(Vm *vm, uint64_t m, int neg)
{
    if (!neg && m <= (uint64_t)SMALLINT_MAX)
        return MAKE_SMALLINT((int64_t)m);
    if (neg && m <= (uint64_t)SMALLINT_MAX + 1)
        return MAKE_SMALLINT(-(int64_t)(m - 1) - 1);
    IntObj *o = int_alloc(vm, 2);
    if (!o)
        return VAL_NULL;
    o->digits[0] = (uint32_t)m;
    o->digits[1] = (uint32_t)(m >> 32);
    o->negative = neg;
    return int_normalize(vm, o);
}

Value int_from_i64(Vm *vm, int64_t i)
{
    if (SMALLINT_FITS(i))
        return MAKE_SMALLINT(i);
    return int_from_u64_sign(vm, i < 0 ? -(uint64_t)i : (uint64_t)i, i < 0);
}

Value int_from_u64(Vm *vm, uint64_t u) { return int_from_u64_sign(vm, u, 0); }

static Value int_from_view(Vm *vm, const IntView *v, int neg)
{
    return int_from_mag(vm, v->d, v->n, neg);
}

Value int_as_subtype(Vm *vm, Value v, const TypeObj *type)
{
    IntView a;
    view_init(&a, v);
    IntObj *o = int_alloc_type(vm, type, a.n);
    if (!o)
        return VAL_NULL;
    memcpy(o->digits, a.d, (size_t)a.n * sizeof(uint32_t));
    o->negative = a.neg;
    return type == &t_int ? int_normalize(vm, o) : OBJ_VAL(o);
}

/* ------------------------------------------------------------ queries */

bool int_to_i64(Value v, int64_t *out)
{
    if (IS_SMALLINT(v)) {
        *out = SMALLINT_VALUE(v);
        return true;
    }
    IntView a;
    view_init(&a, v);
    if (a.n > 2)
        return false;
    uint64_t m = a.n == 0 ? 0 : a.d[0] | (a.n == 2 ? (uint64_t)a.d[1] << 32 : 0);
    if (!a.neg && m <= (uint64_t)INT64_MAX) {
        *out = (int64_t)m;
        return true;
    }
    if (a.neg && m <= (uint64_t)INT64_MAX + 1) {
        *out = m == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)m;
        return true;
    }
    return false;
}

int int_sign(Value a)
{
    if (IS_SMALLINT(a)) {
        int64_t i = SMALLINT_VALUE(a);
        return (i > 0) - (i < 0);
    }
    IntView v;
    view_init(&v, a);
    return v.n == 0 ? 0 : v.neg ? -1 : 1;
}

int int_cmp(Value a, Value b)
{
    if (IS_SMALLINT(a) && IS_SMALLINT(b)) {
        int64_t x = SMALLINT_VALUE(a), y = SMALLINT_VALUE(b);
        return (x > y) - (x < y);
    }
    IntView x, y;
    view_init(&x, a);
    view_init(&y, b);
    if (x.neg != y.neg)
        return x.neg ? -1 : 1;
    int c = mag_cmp(x.d, x.n, y.d, y.n);
    return x.neg ? -c : c;
}

int64_t int_bit_length(Value a)
{
    IntView v;
    view_init(&v, a);
    return mag_bit_length(v.d, v.n);
}

int64_t int_bit_count(Value a)
{
    IntView v;
    view_init(&v, a);
    int64_t c = 0;
    for (int64_t i = 0; i < v.n; i++)
        c += __builtin_popcount(v.d[i]);
    return c;
}

int64_t int_hash(Value a)
{
    const uint64_t modulus = ((uint64_t)1 << 61) - 1;
    if (IS_SMALLINT(a)) {
        /* small ints are already reduced, except the two range ends */
        int64_t i = SMALLINT_VALUE(a);
        if (i == SMALLINT_MAX || i == -SMALLINT_MAX)
            return 0;
        return i == -1 || i == SMALLINT_MIN ? -2 : i;
    }
    IntView v;
    view_init(&v, a);
    uint64_t x = 0;
    for (int64_t i = v.n - 1; i >= 0; i--) {
        /* x*2^32 mod (2^61-1) is a rotation by 32 within 61 bits */
        x = ((x << 32) & modulus) | (x >> 29);
        x += v.d[i];
        if (x >= modulus)
            x -= modulus;
    }
    int64_t h = (int64_t)x;
    if (v.neg)
        h = -h;
    return h == -1 ? -2 : h;
}

/* ------------------------------------------------------------ add / sub */

static Value add_views(Vm *vm, const IntView *a, const IntView *b, int bneg)
{
    if (a->neg == bneg) {
        const IntView *big = a->n >= b->n ? a : b, *small = a->n >= b->n ? b : a;
        IntObj *r = int_alloc(vm, big->n + 1);
        if (!r)
            return VAL_NULL;
        mag_add(r->digits, big->d, big->n, small->d, small->n);
        r->negative = bneg;
        return int_normalize(vm, r);
    }
    int c = mag_cmp(a->d, a->n, b->d, b->n);
    if (c == 0)
        return MAKE_SMALLINT(0);
    const IntView *big = c > 0 ? a : b, *small = c > 0 ? b : a;
    IntObj *r = int_alloc(vm, big->n);
    if (!r)
        return VAL_NULL;
    mag_sub(r->digits, big->d, big->n, small->d, small->n);
    r->negative = c > 0 ? a->neg : bneg;
    return int_normalize(vm, r);
}

Value int_add(Vm *vm, Value a, Value b)
{
    if (IS_SMALLINT(a) && IS_SMALLINT(b))
        return int_from_i64(vm, SMALLINT_VALUE(a) + SMALLINT_VALUE(b));
    IntView x, y;
    view_init(&x, a);
    view_init(&y, b);
    return add_views(vm, &x, &y, y.neg);
}

Value int_sub(Vm *vm, Value a, Value b)
{
    if (IS_SMALLINT(a) && IS_SMALLINT(b))
        return int_from_i64(vm, SMALLINT_VALUE(a) - SMALLINT_VALUE(b));
    IntView x, y;
    view_init(&x, a);
    view_init(&y, b);
    return add_views(vm, &x, &y, !y.neg && y.n > 0);
}

Value int_neg(Vm *vm, Value a)
{
    if (IS_SMALLINT(a))
        return int_from_i64(vm, -SMALLINT_VALUE(a));
    IntView x;
    view_init(&x, a);
    return int_from_view(vm, &x, !x.neg);
}

Value int_abs(Vm *vm, Value a)
{
    if (IS_SMALLINT(a)) {
        int64_t i = SMALLINT_VALUE(a);
        return int_from_i64(vm, i < 0 ? -i : i);
    }
    IntView x;
    view_init(&x, a);
    return int_from_view(vm, &x, 0);
}

Value int_invert(Vm *vm, Value a)
{
    return int_sub(vm, MAKE_SMALLINT(-1), a);
}

/* ------------------------------------------------------------ multiply */

static Value mul_views(Vm *vm, const IntView *x, const IntView *y)
{
    if (x->n == 0 || y->n == 0)
        return MAKE_SMALLINT(0);
    int64_t rn = x->n + y->n;
    if (rn > MEM_CHECK_DIGITS && mem_check(vm, (size_t)rn * sizeof(uint32_t)) < 0)
        return VAL_NULL;
    IntObj *r = int_alloc(vm, rn);
    if (!r)
        return VAL_NULL;
    if (mag_mul(vm, r->digits, x->d, x->n, y->d, y->n) < 0)
        return VAL_NULL;
    r->negative = x->neg != y->neg;
    return int_normalize(vm, r);
}

Value int_mul(Vm *vm, Value a, Value b)
{
    if (IS_SMALLINT(a) && IS_SMALLINT(b)) {
        int64_t r;
        if (!__builtin_mul_overflow(SMALLINT_VALUE(a), SMALLINT_VALUE(b), &r))
            return int_from_i64(vm, r);
    }
    IntView x, y;
    view_init(&x, a);
    view_init(&y, b);
    return mul_views(vm, &x, &y);
}

/* ------------------------------------------------------------ division */

/* Floor division of views; q/r may be NULL. */
static int divmod_views(Vm *vm, const IntView *a, const IntView *b, Value *qout, Value *rout)
{
    IntObj *q = NULL, *r;
    int64_t qn = a->n >= b->n ? a->n - b->n + 2 : 1;
    if (qout && !(q = int_alloc(vm, qn)))
        return -1;
    if (!(r = int_alloc(vm, b->n)))
        return -1;
    if (mag_divmod(vm, a->d, a->n, b->d, b->n, q ? q->digits : NULL, r->digits) < 0)
        return -1;
    bool rem_nonzero = mag_trim(r->digits, b->n) > 0;
    if (a->neg != b->neg && rem_nonzero) {
        /* round toward negative infinity: q = -(|q|+1), r = |b| - |r| */
        if (q) {
            static const uint32_t one = 1;
            mag_add_into(q->digits, qn, &one, 1);
        }
        mag_sub(r->digits, b->d, b->n, r->digits, mag_trim(r->digits, b->n));
    }
    if (q) {
        q->negative = a->neg != b->neg;
        *qout = int_normalize(vm, q);
    }
    if (rout) {
        r->negative = b->neg;
        *rout = int_normalize(vm, r);
    }
    return 0;
}

int int_divmod(Vm *vm, Value a, Value b, Value *q, Value *r)
{
    if (IS_SMALLINT(a) && IS_SMALLINT(b)) {
        int64_t x = SMALLINT_VALUE(a), y = SMALLINT_VALUE(b);
        if (y == 0) {
            vm_raise(vm, &t_ZeroDivisionError, "integer division or modulo by zero");
            return -1;
        }
        int64_t qq = x / y, rr = x % y;
        if (rr != 0 && ((rr < 0) != (y < 0))) {
            qq--;
            rr += y;
        }
        if (q && !(*q = int_from_i64(vm, qq)))
            return -1;
        if (r)
            *r = MAKE_SMALLINT(rr);
        return 0;
    }
    IntView x, y;
    view_init(&x, a);
    view_init(&y, b);
    if (y.n == 0) {
        vm_raise(vm, &t_ZeroDivisionError, "integer division or modulo by zero");
        return -1;
    }
    return divmod_views(vm, &x, &y, q, r);
}

Value int_floordiv(Vm *vm, Value a, Value b)
{
    Value q;
    return int_divmod(vm, a, b, &q, NULL) < 0 ? VAL_NULL : q;
}

Value int_mod(Vm *vm, Value a, Value b)
{
    if (int_sign(b) == 0)
        return vm_raise(vm, &t_ZeroDivisionError, "integer modulo by zero");
    Value r;
    return int_divmod(vm, a, b, NULL, &r) < 0 ? VAL_NULL : r;
}

/* ------------------------------------------------------------ shifts */

/* |a| << n into a new int with the given sign. */
static Value lshift_view(Vm *vm, const IntView *a, int64_t n, int neg)
{
    int64_t words = n / 32;
    int bits = (int)(n % 32);
    int64_t rn = a->n + words + 1;
    IntObj *r = int_alloc(vm, rn);
    if (!r)
        return VAL_NULL;
    if (bits == 0) {
        memcpy(r->digits + words, a->d, (size_t)a->n * sizeof(uint32_t));
    } else {
        uint32_t carry = 0;
        for (int64_t i = 0; i < a->n; i++) {
            r->digits[words + i] = (a->d[i] << bits) | carry;
            carry = a->d[i] >> (32 - bits);
        }
        r->digits[words + a->n] = carry;
    }
    r->negative = neg;
    return int_normalize(vm, r);
}

static int shift_count(Vm *vm, Value b, int64_t *n, bool *huge)
{
    if (int_sign(b) < 0) {
        vm_raise(vm, &t_ValueError, "negative shift count");
        return -1;
    }
    *huge = !int_to_i64(b, n);
    return 0;
}

Value int_lshift(Vm *vm, Value a, Value b)
{
    int64_t n;
    bool huge;
    if (shift_count(vm, b, &n, &huge) < 0)
        return VAL_NULL;
    if (int_sign(a) == 0)
        return MAKE_SMALLINT(0);
    if (!huge && IS_SMALLINT(a) && n < 62) {
        int64_t r;
        if (!__builtin_mul_overflow(SMALLINT_VALUE(a), (int64_t)1 << n, &r))
            return int_from_i64(vm, r);
    }
    IntView x;
    view_init(&x, a);
    if (huge || n > INT64_MAX - 64 - mag_bit_length(x.d, x.n)) {
        vm_raise_memory(vm);
        return VAL_NULL;
    }
    uint64_t bytes = ((uint64_t)mag_bit_length(x.d, x.n) + (uint64_t)n) / 8 + 8;
    if (bytes > SIZE_MAX / 2 || bytes / 4 > (uint64_t)MAX_INT_DIGITS) {
        vm_raise_memory(vm);
        return VAL_NULL;
    }
    if (mem_check(vm, (size_t)bytes) < 0)
        return VAL_NULL;
    return lshift_view(vm, &x, n, x.neg);
}

Value int_rshift(Vm *vm, Value a, Value b)
{
    int64_t n;
    bool huge;
    if (shift_count(vm, b, &n, &huge) < 0)
        return VAL_NULL;
    if (IS_SMALLINT(a) && !huge) {
        int64_t x = SMALLINT_VALUE(a);
        return MAKE_SMALLINT(n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
    }
    IntView x;
    view_init(&x, a);
    if (huge || n >= x.n * 32)
        return MAKE_SMALLINT(x.neg ? -1 : 0);
    int64_t words = n / 32;
    int bits = (int)(n % 32);
    int64_t rn = x.n - words;
    IntObj *r = int_alloc(vm, rn + 1);
    if (!r)
        return VAL_NULL;
    bool lost = false;
    for (int64_t i = 0; i < words && !lost; i++)
        lost = x.d[i] != 0;
    if (bits && (x.d[words] & ((1u << bits) - 1)))
        lost = true;
    for (int64_t i = 0; i < rn; i++) {
        uint32_t lo = x.d[words + i] >> bits;
        uint32_t hi = (bits && words + i + 1 < x.n) ? x.d[words + i + 1] << (32 - bits) : 0;
        r->digits[i] = lo | hi;
    }
    if (x.neg && lost) {
        static const uint32_t one = 1;
        mag_add_into(r->digits, rn + 1, &one, 1);
    }
    r->negative = x.neg;
    return int_normalize(vm, r);
}

/* ------------------------------------------------------------ bitwise */

/* two's complement of view into out[0..n) (n > a->n) */
static void to_twos(const IntView *a, uint32_t *out, int64_t n)
{
    memcpy(out, a->d, (size_t)a->n * sizeof(uint32_t));
    memset(out + a->n, 0, (size_t)(n - a->n) * sizeof(uint32_t));
    if (a->neg) {
        uint64_t carry = 1;
        for (int64_t i = 0; i < n; i++) {
            carry += (uint32_t)~out[i];
            out[i] = (uint32_t)carry;
            carry >>= 32;
        }
    }
}

static Value bitwise(Vm *vm, Value a, Value b, char op)
{
    if (IS_SMALLINT(a) && IS_SMALLINT(b)) {
        int64_t x = SMALLINT_VALUE(a), y = SMALLINT_VALUE(b);
        return MAKE_SMALLINT(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    }
    IntView x, y;
    view_init(&x, a);
    view_init(&y, b);
    int64_t n = (x.n > y.n ? x.n : y.n) + 1;
    IntObj *r = int_alloc(vm, n);
    if (!r)
        return VAL_NULL;
    uint32_t *ty = mem_alloc(vm, (size_t)n * sizeof(uint32_t));
    if (!ty)
        return VAL_NULL;
    to_twos(&x, r->digits, n);
    to_twos(&y, ty, n);
    for (int64_t i = 0; i < n; i++)
        r->digits[i] = op == '&' ? (r->digits[i] & ty[i]) : op == '|' ? (r->digits[i] | ty[i]) : (r->digits[i] ^ ty[i]);
    mem_free(vm, ty, (size_t)n * sizeof(uint32_t));
    if (r->digits[n - 1] & 0x80000000u) {
        uint64_t carry = 1;
        for (int64_t i = 0; i < n; i++) {
            carry += (uint32_t)~r->digits[i];
            r->digits[i] = (uint32_t)carry;
            carry >>= 32;
        }
        r->negative = 1;
    }
    return int_normalize(vm, r);
}

Value int_and(Vm *vm, Value a, Value b) { return bitwise(vm, a, b, '&'); }
Value int_or(Vm *vm, Value a, Value b) { return bitwise(vm, a, b, '|'); }
Value int_xor(Vm *vm, Value a, Value b) { return bitwise(vm, a, b, '^'); }

/* ------------------------------------------------------------ float conversion */

/* |d| >> (32*words + bits), which the caller knows fits in 64 bits. */
static uint64_t mag_top_bits(const uint32_t *d, int64_t n, int64_t words, int bits)
{
    uint64_t top = 0;
    for (int64_t i = n - 1; i >= words; i--) {
        uint32_t shifted = d[i] >> bits;
        if (bits && i + 1 < n)
            shifted |= d[i + 1] << (32 - bits);
        top = (top << 32) | shifted;
    }
    return top;
}

/* |v| as a double correctly rounded (half even); *overflow set when the
 * result would be infinite. */
static double view_to_double(const IntView *v, bool *overflow)
{
    *overflow = false;
    int64_t nbits = mag_bit_length(v->d, v->n);
    if (nbits <= 64) {
        uint64_t m = v->n == 0 ? 0 : v->d[0] | (v->n == 2 ? (uint64_t)v->d[1] << 32 : 0);
        return (double)m;
    }
    if (nbits > DBL_MAX_EXP) {
        *overflow = true;
        return 0;
    }
    /* top 64 bits plus a sticky bit for everything below: converting that
     * to double rounds exactly like the full value would (64 > 53 + 2) */
    int64_t shift = nbits - 64;
    int64_t words = shift / 32;
    int bits = (int)(shift % 32);
    uint64_t top = mag_top_bits(v->d, v->n, words, bits);
    bool sticky = bits && (v->d[words] & ((1u << bits) - 1));
    for (int64_t i = 0; i < words && !sticky; i++)
        sticky = v->d[i] != 0;
    if (sticky)
        top |= 1;
    double r = ldexp((double)top, (int)shift);
    if (isinf(r))
        *overflow = true;
    return r;
}

int int_to_double(Vm *vm, Value v, double *out)
{
    if (IS_SMALLINT(v)) {
        *out = (double)SMALLINT_VALUE(v);
        return 0;
    }
    IntView x;
    view_init(&x, v);
    bool overflow;
    double d = view_to_double(&x, &overflow);
    if (overflow) {
        vm_raise(vm, &t_OverflowError, "int too large to convert to float");
        return -1;
    }
    *out = x.neg ? -d : d;
    return 0;
}

Value int_from_double(Vm *vm, double d)
{
    if (isinf(d))
        return vm_raise(vm, &t_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d))
        return vm_raise(vm, &t_ValueError, "cannot convert float NaN to integer");
    d = trunc(d);
    if (fabs(d) < 9007199254740992.0 * 256)   /* 2^61 */
        return MAKE_SMALLINT((int64_t)d);
    int e;
    double f = frexp(fabs(d), &e);          /* |d| = f * 2^e, 0.5 <= f < 1 */
    uint64_t mant = (uint64_t)ldexp(f, 64);
    IntView m;
    view_u64(&m, mant, 0);
    if (e >= 64)
        return lshift_view(vm, &m, e - 64, d < 0);
    return int_from_u64_sign(vm, mant >> (64 - e), d < 0);
}

int int_cmp_double(Value a, double d)
{
    if (isnan(d))
        return -2;
    if (isinf(d))
        return d > 0 ? -1 : 1;
    if (IS_SMALLINT(a)) {
        int64_t i = SMALLINT_VALUE(a);
        if (i > -((int64_t)1 << 53) && i < ((int64_t)1 << 53)) {
            double x = (double)i;
            return (x > d) - (x < d);
        }
    }
    IntView v;
    view_init(&v, a);
    int sa = v.n == 0 ? 0 : v.neg ? -1 : 1;
    int sd = (d > 0) - (d < 0);
    if (sa != sd)
        return sa < sd ? -1 : 1;
    if (sa == 0)
        return 0;
    /* same sign, both nonzero: compare magnitudes */
    int e;
    double f = frexp(fabs(d), &e);
    int64_t n = mag_bit_length(v.d, v.n);
    int c;
    if (n != e) {
        c = n < e ? -1 : 1;
    } else if (e <= 64) {
        uint64_t m = v.d[0] | (v.n == 2 ? (uint64_t)v.d[1] << 32 : 0);
        double ip = floor(fabs(d));
        uint64_t di = (uint64_t)ip;
        c = m < di ? -1 : m > di ? 1 : (fabs(d) > ip ? -1 : 0);
    } else {
        /* |d| is an integer m * 2^(e-53) */
        uint64_t dm = (uint64_t)ldexp(f, 53);
        int64_t shift = e - 53;
        int64_t words = shift / 32;
        int bits = (int)(shift % 32);
        /* top of |a| >> shift: at most 53 bits, from up to three digits */
        uint64_t top = mag_top_bits(v.d, v.n, words, bits);
        bool rest = bits && (v.d[words] & ((1u << bits) - 1));
        for (int64_t i = 0; i < words && !rest; i++)
            rest = v.d[i] != 0;
        c = top < dm ? -1 : top > dm ? 1 : rest ? 1 : 0;
    }
    return sa < 0 ? -c : c;
}

/* ------------------------------------------------------------ true division */

Value int_truediv(Vm *vm, Value a, Value b)
{
    IntView x, y;
    view_init(&x, a);
    view_init(&y, b);
    if (y.n == 0)
        return vm_raise(vm, &t_ZeroDivisionError, "division by zero");
    int neg = x.neg != y.neg;
    if (x.n == 0)
        return float_new(vm, neg ? -0.0 : 0.0);
    int64_t na = mag_bit_length(x.d, x.n), nb = mag_bit_length(y.d, y.n);
    if (na <= DBL_MANT_DIG && nb <= DBL_MANT_DIG) {
        bool o1, o2;
        double r = view_to_double(&x, &o1) / view_to_double(&y, &o2);
        return float_new(vm, neg ? -r : r);
    }
    int64_t diff = na - nb;
    if (diff > DBL_MAX_EXP)
        return vm_raise(vm, &t_OverflowError, "integer division result too large for a float");
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1)
        return float_new(vm, neg ? -0.0 : 0.0);
    /* scale so the quotient has DBL_MANT_DIG+2 or +3 bits, then round once */
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    Value num, den;
    if (shift < 0) {
        num = lshift_view(vm, &x, -shift, 0);
        den = int_from_view(vm, &y, 0);
    } else {
        num = int_from_view(vm, &x, 0);
        den = lshift_view(vm, &y, shift, 0);
    }
    if (!num || !den)
        return VAL_NULL;
    IntView xn, yn;
    view_init(&xn, num);
    view_init(&yn, den);
    Value q, r;
    if (divmod_views(vm, &xn, &yn, &q, &r) < 0)
        return VAL_NULL;
    int64_t qi;
    int_to_i64(q, &qi);     /* fits: at most DBL_MANT_DIG+3 bits */
    uint64_t qm = (uint64_t)qi;
    bool inexact = int_sign(r) != 0;
    int qbits = 64 - __builtin_clzll(qm);
    int64_t extra = (qbits > DBL_MIN_EXP - shift ? qbits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    if (extra > 0) {
        uint64_t mask = ((uint64_t)1 << extra) - 1;
        uint64_t low = qm & mask, half = (uint64_t)1 << (extra - 1);
        qm &= ~mask;
        if (low > half || (low == half && (inexact || (qm >> extra) & 1)))
            qm += (uint64_t)1 << extra;
    }
    if (qm && shift + (64 - __builtin_clzll(qm)) > DBL_MAX_EXP)
        return vm_raise(vm, &t_OverflowError, "integer division result too large for a float");
    double d = ldexp((double)qm, (int)shift);
    return float_new(vm, neg ? -d : d);
}

/* ------------------------------------------------------------ pow */

/* 1/a mod m for m > 1 and 0 <= a < m: extended Euclid on reused buffers
 * (no garbage per step).  The Bezout coefficients t_k of a alternate in
 * sign (t_1 > 0, t_2 < 0, ...), so only magnitudes are kept:
 * |t_{k+1}| = |t_{k-1}| + q_k |t_k|, and all of them stay <= m. */
static Value mod_inverse(Vm *vm, Value a, Value m)
{
    IntView av, mv;
    view_init(&av, a);
    view_init(&mv, m);
    int64_t n = mv.n + 1;
    size_t total = (size_t)(3 * n + 4 * (n + 1) + 2 * n + 2);
    uint32_t *buf = mem_alloc(vm, total * sizeof(uint32_t));
    if (!buf)
        return VAL_NULL;
    memset(buf, 0, total * sizeof(uint32_t));
    uint32_t *r0 = buf, *r1 = r0 + n, *rr = r1 + n, *q = rr + n;
    uint32_t *t0 = q + n + 1, *t1 = t0 + n + 1, *tt = t1 + n + 1, *prod = tt + n + 1;
    memcpy(r0, mv.d, (size_t)mv.n * sizeof(uint32_t));
    memcpy(r1, av.d, (size_t)av.n * sizeof(uint32_t));
    int64_t r0n = mv.n, r1n = av.n, t0n = 0, t1n = 1;
    t1[0] = 1;
    int64_t index0 = 0;    /* k of (r0, t0) */
    Value result = VAL_NULL;
    while (r1n > 0) {
        if (mag_divmod(vm, r0, r0n, r1, r1n, q, rr) < 0)
            goto done;
        int64_t qn = r0n >= r1n ? mag_trim(q, r0n - r1n + 1) : 0;
        int64_t rrn = mag_trim(rr, r1n);
        if (mag_mul(vm, prod, q, qn, t1, t1n) < 0)
            goto done;
        int64_t prodn = mag_trim(prod, qn + t1n);
        if (prodn >= t0n)
            mag_add(tt, prod, prodn, t0, t0n);
        else
            mag_add(tt, t0, t0n, prod, prodn);
        int64_t ttn = mag_trim(tt, (prodn > t0n ? prodn : t0n) + 1);
        uint32_t *old_r0 = r0, *old_t0 = t0;
        r0 = r1; r0n = r1n;
        r1 = rr; r1n = rrn;
        rr = old_r0;
        t0 = t1; t0n = t1n;
        t1 = tt; t1n = ttn;
        tt = old_t0;
        index0++;
        if (vm_tick(vm) < 0)
            goto done;
    }
    if (r0n != 1 || r0[0] != 1) {
        vm_raise(vm, &t_ValueError, "base is not invertible for the given modulus");
        goto done;
    }
    if (index0 % 2 == 1) {
        result = int_from_mag(vm, t0, t0n, 0);
    } else {
        /* negative coefficient: m - |t| */
        uint32_t *diff = rr;   /* n digits, free now */
        mag_sub(diff, mv.d, mv.n, t0, t0n);
        result = int_from_mag(vm, diff, mv.n, 0);
    }
done:
    mem_free(vm, buf, total * sizeof(uint32_t));
    return result;
}

/* base**exp mod m with 0 <= base < m, m > 1, exp >= 0, on reused buffers. */
static Value modpow(Vm *vm, Value base, Value exp, Value mod)
{
    IntView b, e, m;
    view_init(&b, base);
    view_init(&e, exp);
    view_init(&m, mod);
    int64_t mn = m.n;
    size_t buf_digits = (size_t)(4 * mn);
    uint32_t *buf = mem_alloc(vm, buf_digits * sizeof(uint32_t));
    if (!buf)
        return VAL_NULL;
    uint32_t *acc = buf, *prod = buf + mn, *bb = buf + 3 * mn;   /* acc: mn, prod: 2mn, bb: mn */
    memset(buf, 0, buf_digits * sizeof(uint32_t));
    memcpy(bb, b.d, (size_t)b.n * sizeof(uint32_t));
    int64_t bbn = b.n;
    acc[0] = 1;
    int64_t accn = 1;
    Value result = VAL_NULL;
    for (int64_t bit = mag_bit_length(e.d, e.n) - 1; bit >= 0; bit--) {
        if (mag_mul(vm, prod, acc, accn, acc, accn) < 0)
            goto done;
        if (mag_divmod(vm, prod, mag_trim(prod, 2 * accn), m.d, mn, NULL, acc) < 0)
            goto done;
        accn = mag_trim(acc, mn);
        if ((e.d[bit / 32] >> (bit % 32)) & 1) {
            if (mag_mul(vm, prod, acc, accn, bb, bbn) < 0)
                goto done;
            if (mag_divmod(vm, prod, mag_trim(prod, accn + bbn), m.d, mn, NULL, acc) < 0)
                goto done;
            accn = mag_trim(acc, mn);
        }
        if (vm_tick(vm) < 0)
            goto done;
    }
    result = int_from_mag(vm, acc, accn, 0);
done:
    mem_free(vm, buf, buf_digits * sizeof(uint32_t));
    return result;
}

static Value int_pow_mod(Vm *vm, Value a, Value b, Value m)
{
    int ms = int_sign(m);
    if (ms == 0)
        return vm_raise(vm, &t_ValueError, "pow() 3rd argument cannot be 0");
    Value mabs = ms < 0 ? int_neg(vm, m) : m;
    if (!mabs)
        return VAL_NULL;
    if (int_cmp(mabs, MAKE_SMALLINT(1)) == 0)
        return MAKE_SMALLINT(0);
    Value base = int_mod(vm, a, mabs);
    if (!base)
        return VAL_NULL;
    Value exp = b;
    if (int_sign(b) < 0) {
        base = mod_inverse(vm, base, mabs);
        if (!base)
            return VAL_NULL;
        exp = int_neg(vm, b);
        if (!exp)
            return VAL_NULL;
    }
    Value r = modpow(vm, base, exp, mabs);
    if (r && ms < 0 && int_sign(r) != 0)
        r = int_sub(vm, r, mabs);
    return r;
}

Value int_pow(Vm *vm, Value a, Value b, Value m)
{
    if (m != VAL_NULL && m != VAL_NONE)
        return int_pow_mod(vm, a, b, m);
    if (int_sign(b) < 0) {
        double x, y;
        if (int_to_double(vm, a, &x) < 0 || int_to_double(vm, b, &y) < 0)
            return VAL_NULL;
        if (x == 0)
            return vm_raise(vm, &t_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_new(vm, pow(x, y));
    }
    if (int_sign(b) == 0)
        return MAKE_SMALLINT(1);
    IntView x;
    view_init(&x, a);
    if (x.n == 0)
        return MAKE_SMALLINT(0);
    if (x.n == 1 && x.d[0] == 1) {
        IntView e;
        view_init(&e, b);
        return MAKE_SMALLINT(x.neg && (e.d[0] & 1) ? -1 : 1);
    }
    int64_t n;
    if (!int_to_i64(b, &n)) {
        vm_raise_memory(vm);
        return VAL_NULL;
    }
    /* result has about bit_length(a) * n bits; refuse early if it cannot fit */
    int64_t abits = mag_bit_length(x.d, x.n);
    int64_t rbits;
    if (__builtin_mul_overflow(abits, n, &rbits) || rbits / 32 > MAX_INT_DIGITS) {
        vm_raise_memory(vm);
        return VAL_NULL;
    }
    if (rbits / 32 > MEM_CHECK_DIGITS && mem_check(vm, (size_t)(rbits / 8) + 16) < 0)
        return VAL_NULL;
    if (IS_SMALLINT(a) && rbits <= 62) {
        int64_t base = SMALLINT_VALUE(a), r = 1;
        for (int64_t i = 0; i < n; i++)
            r *= base;
        return int_from_i64(vm, r);
    }
    /* left-to-right square and multiply */
    Value r = a;
    int top = 63 - __builtin_clzll((uint64_t)n);
    for (int bit = top - 1; bit >= 0; bit--) {
        r = int_mul(vm, r, r);
        if (!r)
            return VAL_NULL;
        if ((n >> bit) & 1) {
            r = int_mul(vm, r, a);
            if (!r)
                return VAL_NULL;
        }
    }
    if (r == a && !IS_SMALLINT(a))   /* a**1 where a may be an int subclass: plain int */
        return int_from_view(vm, &x, x.neg);
    return r;
}

/* ------------------------------------------------------------ str <-> int */

static Value raise_str_limit(Vm *vm)
{
    return vm_raise(vm, &t_ValueError,
                    "Exceeds the limit (%d digits) for integer string conversion; "
                    "use sys.set_int_max_str_digits() to increase the limit",
                    INT_MAX_STR_DIGITS);
}

static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

Value int_to_string(Vm *vm, Value v, int base)
{
    char small[80];
    if (IS_SMALLINT(v) && base == 10) {
        int len = snprintf(small, sizeof small, "%lld", (long long)SMALLINT_VALUE(v));
        return str_new(vm, small, (size_t)len);
    }
    IntView x;
    view_init(&x, v);
    if (x.n == 0)
        return str_new(vm, "0", 1);
    int64_t bits = mag_bit_length(x.d, x.n);
    int sign = x.neg ? 1 : 0;

    if ((base & (base - 1)) == 0) {
        int k = __builtin_ctz((unsigned)base);
        int64_t ndig = (bits + k - 1) / k;
        Value s = str_alloc(vm, (size_t)(ndig + sign));
        if (!s)
            return VAL_NULL;
        char *out = STR_DATA(s);
        if (sign)
            out[0] = '-';
        for (int64_t i = 0; i < ndig; i++) {
            int64_t bit = i * k;
            uint64_t w = x.d[bit / 32] >> (bit % 32);
            if (bit % 32 + k > 32 && bit / 32 + 1 < x.n)
                w |= (uint64_t)x.d[bit / 32 + 1] << (32 - bit % 32);
            out[sign + ndig - 1 - i] = digit_chars[w & (uint64_t)(base - 1)];
        }
        str_finish(s);
        return s;
    }

    if (base == 10 && (double)(bits - 1) * 0.30102999566398120 > INT_MAX_STR_DIGITS + 1)
        return raise_str_limit(vm);
    /* repeated division by the largest power of base that fits a digit */
    uint32_t chunk = base, per_chunk = 1;
    while ((uint64_t)chunk * base <= UINT32_MAX) {
        chunk *= base;
        per_chunk++;
    }
    int64_t max_chunks = (int64_t)(bits / log2((double)chunk)) + 2;
    size_t tmp_bytes = (size_t)(x.n + max_chunks) * sizeof(uint32_t);
    uint32_t *tmp = mem_alloc(vm, tmp_bytes);
    if (!tmp)
        return VAL_NULL;
    uint32_t *mag = tmp, *chunks = tmp + x.n;
    memcpy(mag, x.d, (size_t)x.n * sizeof(uint32_t));
    int64_t n = x.n, nchunks = 0;
    while (n > 0) {
        chunks[nchunks++] = mag_divrem_small(mag, n, chunk);
        n = mag_trim(mag, n);
        if ((nchunks & 255) == 0 && vm_tick(vm) < 0) {
            mem_free(vm, tmp, tmp_bytes);
            return VAL_NULL;
        }
    }
    int top_len = 0;
    for (uint32_t t = chunks[nchunks - 1]; t; t /= base)
        top_len++;
    int64_t ndig = (nchunks - 1) * per_chunk + top_len;
    if (base == 10 && ndig > INT_MAX_STR_DIGITS) {
        mem_free(vm, tmp, tmp_bytes);
        return raise_str_limit(vm);
    }
    Value s = str_alloc(vm, (size_t)(ndig + sign));
    if (!s) {
        mem_free(vm, tmp, tmp_bytes);
        return VAL_NULL;
    }
    char *out = STR_DATA(s) + sign + ndig;
    if (sign)
        STR_DATA(s)[0] = '-';
    for (int64_t c = 0; c < nchunks; c++) {
        uint32_t t = chunks[c];
        int len = c == nchunks - 1 ? top_len : (int)per_chunk;
        for (int i = 0; i < len; i++) {
            *--out = digit_chars[t % base];
            t /= base;
        }
    }
    mem_free(vm, tmp, tmp_bytes);
    str_finish(s);
    return s;
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static bool is_ascii_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static Value raise_invalid_literal(Vm *vm, const char *s, size_t len, int base, Value orig)
{
    if (!orig) {
        orig = str_new(vm, s, len);
        if (!orig)
            return VAL_NULL;
    }
    return vm_raise(vm, &t_ValueError, "invalid literal for int() with base %d: %R", base, orig);
}

/* Parse ASCII text (whitespace/digits already mapped to ASCII). */
static Value parse_ascii(Vm *vm, const char *s, size_t len, int base, bool *invalid)
{
    const char *p = s, *end = s + len;
    *invalid = true;
    while (p < end && is_ascii_space(*p))
        p++;
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    bool prefixed = false, decimal_zero_rule = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            prefixed = true;
        }
    }
    if (base == 0) {
        base = 10;
        decimal_zero_rule = true;
    }
    const char *digits = p;
    int64_t ndigits = 0;
    bool underscore_ok = prefixed, nonzero = false;
    for (; p < end; p++) {
        if (*p == '_') {
            if (!underscore_ok)
                return VAL_NULL;
            underscore_ok = false;
            continue;
        }
        int d = digit_value(*p);
        if (d >= base)
            break;
        nonzero |= d != 0;
        ndigits++;
        underscore_ok = true;
    }
    if (ndigits == 0 || p[-1] == '_')
        return VAL_NULL;
    const char *digits_end = p;
    while (p < end && is_ascii_space(*p))
        p++;
    if (p != end)
        return VAL_NULL;
    if (decimal_zero_rule && nonzero && digits[0] == '0')
        return VAL_NULL;
    *invalid = false;

    bool pow2 = (base & (base - 1)) == 0;
    if (!pow2 && ndigits > INT_MAX_STR_DIGITS)
        return vm_raise(vm, &t_ValueError,
                        "Exceeds the limit (%d digits) for integer string conversion: value has %lld digits; "
                        "use sys.set_int_max_str_digits() to increase the limit",
                        INT_MAX_STR_DIGITS, (long long)ndigits);
    if (!nonzero)
        return MAKE_SMALLINT(0);
    if (pow2) {
        int k = __builtin_ctz((unsigned)base);
        int64_t nwords = (ndigits * k + 31) / 32;
        IntObj *r = int_alloc(vm, nwords);
        if (!r)
            return VAL_NULL;
        int64_t bit = 0;
        for (const char *q = digits_end - 1; q >= digits; q--) {
            if (*q == '_')
                continue;
            uint64_t d = (uint64_t)digit_value(*q);
            r->digits[bit / 32] |= (uint32_t)(d << (bit % 32));
            if (bit % 32 + k > 32)
                r->digits[bit / 32 + 1] |= (uint32_t)(d >> (32 - bit % 32));
            bit += k;
        }
        r->negative = neg;
        return int_normalize(vm, r);
    }
    if (ndigits <= 18) {
        int64_t v = 0;
        for (const char *q = digits; q < digits_end; q++)
            if (*q != '_')
                v = v * base + digit_value(*q);
        return int_from_i64(vm, neg ? -v : v);
    }
    int64_t cap = (int64_t)(ndigits * log2((double)base) / 32) + 2;
    IntObj *r = int_alloc(vm, cap);
    if (!r)
        return VAL_NULL;
    int64_t n = 0;
    uint32_t acc = 0, mult = 1;
    for (const char *q = digits; q <= digits_end; q++) {
        if (q < digits_end && *q == '_')
            continue;
        if (q == digits_end || (uint64_t)mult * base > UINT32_MAX) {
            /* r = r * mult + acc */
            uint64_t carry = acc;
            for (int64_t i = 0; i < n; i++) {
                carry += (uint64_t)r->digits[i] * mult;
                r->digits[i] = (uint32_t)carry;
                carry >>= 32;
            }
            if (carry)
                r->digits[n++] = (uint32_t)carry;
            acc = 0;
            mult = 1;
            if (q == digits_end)
                break;
        }
        acc = acc * base + (uint32_t)digit_value(*q);
        mult *= base;
    }
    r->negative = neg;
    return int_normalize(vm, r);
}

Value int_parse(Vm *vm, const char *s, size_t len, int base, Value orig)
{
    if (base != 0 && (base < 2 || base > 36))
        return vm_raise(vm, &t_ValueError, "int() base must be >= 2 and <= 36, or 0");
    bool ascii = true;
    for (size_t i = 0; i < len && ascii; i++)
        ascii = (unsigned char)s[i] < 0x80;
    const char *text = s;
    size_t text_len = len;
    char *mapped = NULL;
    bool from_str = !orig || (IS_OBJ(orig) && AS_OBJ(orig)->type->layout == K_STR);
    if (!ascii && from_str && utf8_valid(s, len)) {
        /* Unicode whitespace and decimal digits count like their ASCII forms */
        mapped = mem_alloc(vm, len);
        if (!mapped)
            return VAL_NULL;
        size_t o = 0;
        for (size_t i = 0; i < len;) {
            uint32_t cp;
            i += (size_t)utf8_decode(s + i, &cp);
            int dv;
            if (cp < 0x80)
                mapped[o++] = (char)cp;
            else if (uni_isspace(cp))
                mapped[o++] = ' ';
            else if ((dv = uni_decimal_value(cp)) >= 0)
                mapped[o++] = (char)('0' + dv);
            else
                mapped[o++] = '!';
        }
        text = mapped;
        text_len = o;
    }
    bool invalid;
    Value r = parse_ascii(vm, text, text_len, base, &invalid);
    if (mapped)
        mem_free(vm, mapped, len);
    if (invalid)
        return raise_invalid_literal(vm, s, len, base, orig);
    return r;
}

Value int_from_string(Vm *vm, const char *s, size_t len, int base)
{
    return int_parse(vm, s, len, base, VAL_NULL);
}

Value int_from_literal(Vm *vm, const char *s, size_t len)
{
    /* "000" is a valid literal whatever its length: no conversion limit */
    size_t i = 0;
    while (i < len && (s[i] == '0' || s[i] == '_'))
        i++;
    if (i == len && len > 0)
        return MAKE_SMALLINT(0);
    return int_parse(vm, s, len, 0, VAL_NULL);
}

/* ------------------------------------------------------------ bytes <-> int */

Value int_from_bytes(Vm *vm, const uint8_t *data, size_t len, bool little, bool is_signed)
{
    if (len == 0)
        return MAKE_SMALLINT(0);
    int64_t n = (int64_t)((len + 3) / 4);
    if (len > (size_t)MAX_INT_DIGITS * 4) {
        vm_raise_memory(vm);
        return VAL_NULL;
    }
    IntObj *r = int_alloc(vm, n);
    if (!r)
        return VAL_NULL;
    uint8_t top = little ? data[len - 1] : data[0];
    bool neg = is_signed && (top & 0x80);
    for (size_t i = 0; i < (size_t)n * 4; i++) {
        uint32_t byte = i < len ? data[little ? i : len - 1 - i] : (neg ? 0xFF : 0);
        r->digits[i / 4] |= byte << (8 * (i % 4));
    }
    if (neg) {
        uint64_t carry = 1;
        for (int64_t i = 0; i < n; i++) {
            carry += (uint32_t)~r->digits[i];
            r->digits[i] = (uint32_t)carry;
            carry >>= 32;
        }
        r->negative = 1;
    }
    return int_normalize(vm, r);
}

int int_to_bytes(Vm *vm, Value v, uint8_t *out, size_t len, bool little, bool is_signed)
{
    IntView x;
    view_init(&x, v);
    if (x.neg && !is_signed) {
        vm_raise(vm, &t_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    uint64_t bl = (uint64_t)mag_bit_length(x.d, x.n);
    uint64_t room = (uint64_t)len * 8;
    bool fits;
    if (!is_signed)
        fits = bl <= room;
    else if (!x.neg)
        fits = bl < room || (bl == 0);
    else
        fits = bl < room || (bl == room && int_bit_count(v) == 1) || (len == 0 && bl == 1);
    if (!fits) {
        vm_raise(vm, &t_OverflowError, "int too big to convert");
        return -1;
    }
    uint64_t carry = 1;
    for (size_t i = 0; i < len; i += 4) {
        int64_t w = (int64_t)(i / 4);
        uint32_t d = w < x.n ? x.d[w] : 0;
        if (x.neg) {
            carry += (uint32_t)~d;
            d = (uint32_t)carry;
            carry >>= 32;
        }
        for (size_t b = 0; b < 4 && i + b < len; b++) {
            uint8_t byte = (uint8_t)(d >> (8 * b));
            out[little ? i + b : len - 1 - (i + b)] = byte;
        }
    }
    return 0;
}

Value int_round(Vm *vm, Value a, Value ndigits)
{
    if (int_sign(ndigits) >= 0)
        return IS_SMALLINT(a) ? a : int_as_subtype(vm, a, &t_int);
    int64_t n;
    int64_t bits = int_bit_length(a);
    if (!int_to_i64(ndigits, &n) || (double)-n > (double)bits * 0.30103 + 2)
        return MAKE_SMALLINT(0);
    Value p = int_pow(vm, MAKE_SMALLINT(10), MAKE_SMALLINT(-n), VAL_NULL);
    if (!p)
        return VAL_NULL;
    Value q, r;
    if (int_divmod(vm, a, p, &q, &r) < 0)
        return VAL_NULL;
    Value r2 = int_add(vm, r, r);
    if (!r2)
        return VAL_NULL;
    int c = int_cmp(r2, p);
    IntView qv;
    view_init(&qv, q);
    if (c > 0 || (c == 0 && qv.n > 0 && (qv.d[0] & 1))) {
        q = int_add(vm, q, MAKE_SMALLINT(1));
        if (!q)
            return VAL_NULL;
    }
    return int_mul(vm, q, p);
}
