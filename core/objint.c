/* Corral core: the int and bool types (slots, constructor, methods).
 * The arithmetic itself is in bigint.c. */
#include "bigint.h"
#include "opcodes.h"

/* The value of an int-like as a plain int (bools and subclass instances
 * become exact ints). */
static Value plain_int(Vm *vm, Value v)
{
    if (IS_SMALLINT(v) || IS_TYPE(v, &t_int))
        return v;
    if (IS_BOOL(v))
        return MAKE_SMALLINT(v == VAL_TRUE);
    return int_as_subtype(vm, v, &t_int);
}

/* The two bool instances (VAL_TRUE / VAL_FALSE). */
const BoolObj corral_true = {STATIC_OBJ_HEADER(&t_bool, BoolObj), 1};
const BoolObj corral_false = {STATIC_OBJ_HEADER(&t_bool, BoolObj), 0};

/* ------------------------------------------------------------ slots */

static Value int_repr_slot(Vm *vm, Value self) { return int_to_string(vm, self, 10); }

static Value bool_repr_slot(Vm *vm, Value self)
{
    return str_from_cstr(vm, self == VAL_TRUE ? "True" : "False");
}

static int int_hash_slot(Vm *vm, Value self, int64_t *out)
{
    *out = int_hash(self);
    return 0;
}

static Value int_richcompare(Vm *vm, Value a, Value b, int op)
{
    if (!is_intlike(a) || !is_intlike(b))
        return VAL_NOTIMPL;
    int c = int_cmp(a, b);
    switch (op) {
    case CMP_LT: return VAL_BOOL(c < 0);
    case CMP_LE: return VAL_BOOL(c <= 0);
    case CMP_EQ: return VAL_BOOL(c == 0);
    case CMP_NE: return VAL_BOOL(c != 0);
    case CMP_GT: return VAL_BOOL(c > 0);
    default: return VAL_BOOL(c >= 0);
    }
}

static Value int_binop(Vm *vm, int op, Value a, Value b)
{
    if (!is_intlike(a) || !is_intlike(b))
        return VAL_NOTIMPL;
    op &= 15;
    bool both_bool = IS_BOOL(a) && IS_BOOL(b);
    switch (op) {
    case BINOP_ADD: return int_add(vm, a, b);
    case BINOP_SUB: return int_sub(vm, a, b);
    case BINOP_MUL: return int_mul(vm, a, b);
    case BINOP_TRUEDIV: return int_truediv(vm, a, b);
    case BINOP_FLOORDIV: return int_floordiv(vm, a, b);
    case BINOP_MOD: return int_mod(vm, a, b);
    case BINOP_POW: return int_pow(vm, a, b, VAL_NULL);
    case BINOP_LSHIFT: return int_lshift(vm, a, b);
    case BINOP_RSHIFT: return int_rshift(vm, a, b);
    case BINOP_AND: return both_bool ? VAL_BOOL(a == VAL_TRUE && b == VAL_TRUE) : int_and(vm, a, b);
    case BINOP_OR: return both_bool ? VAL_BOOL(a == VAL_TRUE || b == VAL_TRUE) : int_or(vm, a, b);
    case BINOP_XOR: return both_bool ? VAL_BOOL(a != b) : int_xor(vm, a, b);
    default: return VAL_NOTIMPL;
    }
}

static Value int_unaryop(Vm *vm, int op, Value a)
{
    switch (op) {
    case UNARY_NEG: return int_neg(vm, a);
    case UNARY_POS: return plain_int(vm, a);
    case UNARY_INVERT: return int_invert(vm, a);
    default: return VAL_NOTIMPL;
    }
}

static int int_truthy(Vm *vm, Value self) { return int_sign(self) != 0; }

/* int(x) for one argument, without a base. */
static Value int_of(Vm *vm, Value x)
{
    if (IS_SMALLINT(x) || IS_TYPE(x, &t_int) || IS_BOOL(x))
        return plain_int(vm, x);
    if (IS_FLOAT(x))
        return int_from_double(vm, FLOAT_VALUE(x));
    if (IS_OBJ(x)) {
        uint32_t layout = AS_OBJ(x)->type->layout;
        if (layout == K_STR)
            return int_parse(vm, STR_DATA(x), STR_LEN(x), 10, x);
        if (layout == K_BYTES)
            return int_parse(vm, (const char *)AS_BYTES(x)->data, AS_BYTES(x)->len, 10, x);
        if (layout == K_BYTEARRAY) {
            const ByteArrayObj *ba = (const ByteArrayObj *)AS_OBJ(x);
            return int_parse(vm, (const char *)ba->data, ba->len, 10, x);
        }
    }
    static const char *const protocols[] = {"__int__", "__index__", "__trunc__"};
    for (int i = 0; i < 3; i++) {
        int found = 0;
        Value r = vm_call_method_opt(vm, x, protocols[i], NULL, 0, &found);
        if (!found)
            continue;
        if (!r)
            return VAL_NULL;
        if (!is_intlike(r)) {
            if (i == 2)
                return vm_raise(vm, &t_TypeError, "__trunc__ returned non-Integral (type %s)", type_name_of(r));
            return vm_raise(vm, &t_TypeError, "%s returned non-int (type %s)", protocols[i], type_name_of(r));
        }
        return plain_int(vm, r);
    }
    if (vm_exc_pending(vm))
        return VAL_NULL;
    return vm_raise(vm, &t_TypeError,
                    "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                    type_name_of(x));
}

static Value int_new_slot(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    if (kwnames) {
        for (size_t k = 0; k < TUPLE_LEN(kwnames); k++)
            if (!str_eq_cstr(TUPLE_ITEMS(kwnames)[k], "base"))
                return vm_raise(vm, &t_TypeError, "'%S' is an invalid keyword argument for int()",
                                TUPLE_ITEMS(kwnames)[k]);
    }
    static const char *const names[] = {"x", "base", NULL};
    Value a[2];
    if (arg_parse(vm, "int", args, nargs, kwnames, names, 0, 0, a) < 0)
        return VAL_NULL;
    Value x = a[0], result;
    if (!x) {
        if (a[1])
            return vm_raise(vm, &t_TypeError, "int() missing string argument");
        result = MAKE_SMALLINT(0);
    } else if (!a[1]) {
        result = int_of(vm, x);
    } else {
        int64_t base;
        if (obj_index(vm, a[1], &base) < 0)
            return VAL_NULL;
        if (base != 0 && (base < 2 || base > 36))
            return vm_raise(vm, &t_ValueError, "int() base must be >= 2 and <= 36, or 0");
        uint32_t layout = IS_OBJ(x) ? AS_OBJ(x)->type->layout : K_INT;
        if (layout == K_STR)
            result = int_parse(vm, STR_DATA(x), STR_LEN(x), (int)base, x);
        else if (layout == K_BYTES)
            result = int_parse(vm, (const char *)AS_BYTES(x)->data, AS_BYTES(x)->len, (int)base, x);
        else if (layout == K_BYTEARRAY)
            result = int_parse(vm, (const char *)((ByteArrayObj *)AS_OBJ(x))->data,
                               ((ByteArrayObj *)AS_OBJ(x))->len, (int)base, x);
        else
            return vm_raise(vm, &t_TypeError, "int() can't convert non-string with explicit base");
    }
    if (!result || type == &t_int)
        return result;
    return int_as_subtype(vm, result, type);
}

static Value bool_new_slot(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "bool() takes no keyword arguments");
    if (nargs > 1)
        return vm_raise(vm, &t_TypeError, "bool expected at most 1 argument, got %d", nargs);
    if (nargs == 0)
        return VAL_FALSE;
    int t = obj_truthy(vm, args[0]);
    return t < 0 ? VAL_NULL : VAL_BOOL(t);
}

/* ------------------------------------------------------------ methods */

static Value m_bit_length(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "bit_length", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return int_from_i64(vm, int_bit_length(args[0]));
}

static Value m_bit_count(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "bit_count", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return int_from_i64(vm, int_bit_count(args[0]));
}

/* Parse byteorder (default 'big'); returns 0 and sets *little, or -1. */
static int parse_byteorder(Vm *vm, const char *fname, Value v, bool *little)
{
    if (!v) {
        *little = false;
        return 0;
    }
    if (!IS_STR(v)) {
        vm_raise(vm, &t_TypeError, "%s() argument 'byteorder' must be str, not %s", fname, type_name_of(v));
        return -1;
    }
    if (str_eq_cstr(v, "little"))
        *little = true;
    else if (str_eq_cstr(v, "big"))
        *little = false;
    else {
        vm_raise(vm, &t_ValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

static Value m_to_bytes(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (nargs - 1 > 2)
        return vm_raise(vm, &t_TypeError, "to_bytes() takes at most 2 positional arguments (%d given)", nargs - 1);
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    Value a[3];
    if (arg_parse(vm, "to_bytes", args + 1, nargs - 1, kwnames, names, 0, 0, a) < 0)
        return VAL_NULL;
    int64_t length = 1;
    if (a[0] && obj_index(vm, a[0], &length) < 0)
        return VAL_NULL;
    if (length < 0)
        return vm_raise(vm, &t_ValueError, "length argument must be non-negative");
    bool little, is_signed = false;
    if (parse_byteorder(vm, "to_bytes", a[1], &little) < 0)
        return VAL_NULL;
    if (a[2]) {
        int t = obj_truthy(vm, a[2]);
        if (t < 0)
            return VAL_NULL;
        is_signed = t;
    }
    uint8_t *buf = mem_alloc(vm, (size_t)length + 1);
    if (!buf)
        return VAL_NULL;
    Value r = VAL_NULL;
    if (int_to_bytes(vm, args[0], buf, (size_t)length, little, is_signed) == 0)
        r = bytes_new(vm, buf, (size_t)length);
    mem_free(vm, buf, (size_t)length + 1);
    return r;
}

static Value m_from_bytes(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (nargs - 1 > 2)
        return vm_raise(vm, &t_TypeError, "from_bytes() takes at most 2 positional arguments (%d given)", nargs - 1);
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    Value a[3];
    if (arg_parse(vm, "from_bytes", args + 1, nargs - 1, kwnames, names, 0, 1, a) < 0)
        return VAL_NULL;
    bool little, is_signed = false;
    if (parse_byteorder(vm, "from_bytes", a[1], &little) < 0)
        return VAL_NULL;
    if (a[2]) {
        int t = obj_truthy(vm, a[2]);
        if (t < 0)
            return VAL_NULL;
        is_signed = t;
    }
    Value src = a[0], r;
    uint32_t layout = IS_OBJ(src) ? AS_OBJ(src)->type->layout : K_INT;
    if (layout == K_BYTES) {
        r = int_from_bytes(vm, AS_BYTES(src)->data, AS_BYTES(src)->len, little, is_signed);
    } else if (layout == K_BYTEARRAY) {
        const ByteArrayObj *ba = (const ByteArrayObj *)AS_OBJ(src);
        r = int_from_bytes(vm, ba->data, ba->len, little, is_signed);
    } else {
        if (is_intlike(src) || IS_STR(src))
            return vm_raise(vm, &t_TypeError, "cannot convert '%s' object to bytes", type_name_of(src));
        Value list = list_from_iterable(vm, src);
        if (!list)
            return VAL_NULL;
        size_t len = AS_LIST(list)->len;
        uint8_t *buf = mem_alloc(vm, len + 1);
        if (!buf)
            return VAL_NULL;
        for (size_t i = 0; i < len; i++) {
            int64_t b;
            if (obj_index(vm, AS_LIST(list)->items[i], &b) < 0 || b < 0 || b > 255) {
                if (!vm_exc_pending(vm))
                    vm_raise(vm, &t_ValueError, "bytes must be in range(0, 256)");
                mem_free(vm, buf, len + 1);
                return VAL_NULL;
            }
            buf[i] = (uint8_t)b;
        }
        r = int_from_bytes(vm, buf, len, little, is_signed);
        mem_free(vm, buf, len + 1);
    }
    if (!r)
        return VAL_NULL;
    const TypeObj *cls = (const TypeObj *)AS_OBJ(args[0]);
    if (cls == &t_int)
        return r;
    return obj_call(vm, args[0], &r, 1, VAL_NULL);
}

static Value m_self_int(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__int__", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return plain_int(vm, args[0]);
}

static Value m_as_integer_ratio(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "as_integer_ratio", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    Value v = plain_int(vm, args[0]);
    return v ? tuple_pack2(vm, v, MAKE_SMALLINT(1)) : VAL_NULL;
}

static Value m_float(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__float__", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    double d;
    if (int_to_double(vm, args[0], &d) < 0)
        return VAL_NULL;
    return float_new(vm, d);
}

static Value m_round(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__round__", nargs - 1, kwnames, 0, 1) < 0)
        return VAL_NULL;
    if (nargs < 2 || args[1] == VAL_NONE)
        return plain_int(vm, args[0]);
    if (!is_intlike(args[1])) {
        int64_t n;
        if (obj_index(vm, args[1], &n) < 0)
            return VAL_NULL;
        Value nd = int_from_i64(vm, n);
        return nd ? int_round(vm, args[0], nd) : VAL_NULL;
    }
    Value r = int_round(vm, args[0], args[1]);
    return r ? plain_int(vm, r) : VAL_NULL;
}

static Value m_abs(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__abs__", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return int_abs(vm, args[0]);
}

static Value m_format(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__format__", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    if (!IS_STR(args[1]))
        return vm_raise(vm, &t_TypeError, "__format__() argument must be str, not %s", type_name_of(args[1]));
    return format_int(vm, args[0], args[1]);
}

static Value m_getnewargs(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__getnewargs__", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    Value v = plain_int(vm, args[0]);
    return v ? tuple_from_array(vm, &v, 1) : VAL_NULL;
}

static Value m_sizeof(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__sizeof__", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    int64_t digits = (int_bit_length(args[0]) + 31) / 32;
    return int_from_i64(vm, (int64_t)sizeof(IntObj) + digits * (int64_t)sizeof(uint32_t));
}

static Value g_self(Vm *vm, Value *args, int nargs, Value kwnames) { return plain_int(vm, args[0]); }
static Value g_zero(Vm *vm, Value *args, int nargs, Value kwnames) { return MAKE_SMALLINT(0); }
static Value g_one(Vm *vm, Value *args, int nargs, Value kwnames) { return MAKE_SMALLINT(1); }

static const BuiltinFunc int_methods[] = {
    BUILTIN_METHOD("bit_length", m_bit_length),
    BUILTIN_METHOD("bit_count", m_bit_count),
    BUILTIN_METHOD("to_bytes", m_to_bytes),
    BUILTIN_CLASSMETHOD("from_bytes", m_from_bytes),
    BUILTIN_METHOD("conjugate", m_self_int),
    BUILTIN_METHOD("as_integer_ratio", m_as_integer_ratio),
    BUILTIN_METHOD("__index__", m_self_int),
    BUILTIN_METHOD("__int__", m_self_int),
    BUILTIN_METHOD("__trunc__", m_self_int),
    BUILTIN_METHOD("__floor__", m_self_int),
    BUILTIN_METHOD("__ceil__", m_self_int),
    BUILTIN_METHOD("__float__", m_float),
    BUILTIN_METHOD("__round__", m_round),
    BUILTIN_METHOD("__abs__", m_abs),
    BUILTIN_METHOD("__format__", m_format),
    BUILTIN_METHOD("__getnewargs__", m_getnewargs),
    BUILTIN_METHOD("__sizeof__", m_sizeof),
    BUILTIN_GETTER("real", g_self),
    BUILTIN_GETTER("imag", g_zero),
    BUILTIN_GETTER("numerator", g_self),
    BUILTIN_GETTER("denominator", g_one),
};

const TypeObj t_int = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "int",
    .base = &t_object,
    .methods = int_methods,
    .nmethods = sizeof int_methods / sizeof int_methods[0],
    .flags = TF_BASETYPE,
    .layout = K_INT,
    .basicsize = sizeof(IntObj),
    .module = "builtins",
    .repr = int_repr_slot,   /* no .str: like CPython, str() of a subclass uses its __repr__ */
    .hash = int_hash_slot,
    .richcompare = int_richcompare,
    .new_ = int_new_slot,
    .truthy = int_truthy,
    .binop = int_binop,
    .unaryop = int_unaryop,
};

const TypeObj t_bool = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "bool",
    .base = &t_int,
    .flags = 0,
    .layout = K_BOOL,
    .basicsize = sizeof(BoolObj),
    .module = "builtins",
    .repr = bool_repr_slot,
    .hash = int_hash_slot,
    .richcompare = int_richcompare,
    .new_ = bool_new_slot,
    .truthy = int_truthy,
    .binop = int_binop,
    .unaryop = int_unaryop,
};
