/* The operator module: the operators as functions, itemgetter, attrgetter
 * and methodcaller (CPython 3.11's _operator, same names and messages). */
#include "modules.h"
#include "opcodes.h"

#include <stdio.h>

/* One-argument functions say "_operator.neg()" in their count errors;
 * two-argument ones say "add expected 2 arguments, got 1" (CPython's
 * METH_O / _PyArg_CheckPositional split). */
static int check_args(Vm *vm, const char *name, int nargs, Value kwnames, int n)
{
    char full[64];
    snprintf(full, sizeof full, "_operator.%s", name);
    if (kwnames && TUPLE_LEN(kwnames) > 0) {
        vm_raise(vm, &t_TypeError, "%s() takes no keyword arguments", full);
        return -1;
    }
    return arg_check(vm, n == 1 ? full : name, nargs, VAL_NULL, n, n);
}

#define BINARY_FN(cname, pyname, op)                                              \
    static Value op_##cname(Vm *vm, Value *args, int nargs, Value kwnames)        \
    {                                                                             \
        if (check_args(vm, pyname, nargs, kwnames, 2) < 0)                        \
            return VAL_NULL;                                                      \
        return obj_binary_op(vm, op, args[0], args[1]);                           \
    }

BINARY_FN(add, "add", BINOP_ADD)
BINARY_FN(sub, "sub", BINOP_SUB)
BINARY_FN(mul, "mul", BINOP_MUL)
BINARY_FN(matmul, "matmul", BINOP_MATMUL)
BINARY_FN(truediv, "truediv", BINOP_TRUEDIV)
BINARY_FN(floordiv, "floordiv", BINOP_FLOORDIV)
BINARY_FN(mod, "mod", BINOP_MOD)
BINARY_FN(pow, "pow", BINOP_POW)
BINARY_FN(lshift, "lshift", BINOP_LSHIFT)
BINARY_FN(rshift, "rshift", BINOP_RSHIFT)
BINARY_FN(and, "and_", BINOP_AND)
BINARY_FN(or, "or_", BINOP_OR)
BINARY_FN(xor, "xor", BINOP_XOR)
BINARY_FN(iadd, "iadd", BINOP_ADD + BINOP_INPLACE)
BINARY_FN(isub, "isub", BINOP_SUB + BINOP_INPLACE)
BINARY_FN(imul, "imul", BINOP_MUL + BINOP_INPLACE)
BINARY_FN(imatmul, "imatmul", BINOP_MATMUL + BINOP_INPLACE)
BINARY_FN(itruediv, "itruediv", BINOP_TRUEDIV + BINOP_INPLACE)
BINARY_FN(ifloordiv, "ifloordiv", BINOP_FLOORDIV + BINOP_INPLACE)
BINARY_FN(imod, "imod", BINOP_MOD + BINOP_INPLACE)
BINARY_FN(ipow, "ipow", BINOP_POW + BINOP_INPLACE)
BINARY_FN(ilshift, "ilshift", BINOP_LSHIFT + BINOP_INPLACE)
BINARY_FN(irshift, "irshift", BINOP_RSHIFT + BINOP_INPLACE)
BINARY_FN(iand, "iand", BINOP_AND + BINOP_INPLACE)
BINARY_FN(ior, "ior", BINOP_OR + BINOP_INPLACE)
BINARY_FN(ixor, "ixor", BINOP_XOR + BINOP_INPLACE)

#define COMPARE_FN(cname, op)                                                     \
    static Value op_##cname(Vm *vm, Value *args, int nargs, Value kwnames)        \
    {                                                                             \
        if (check_args(vm, #cname, nargs, kwnames, 2) < 0)                        \
            return VAL_NULL;                                                      \
        return obj_richcompare(vm, args[0], args[1], op);                         \
    }

COMPARE_FN(lt, CMP_LT)
COMPARE_FN(le, CMP_LE)
COMPARE_FN(eq, CMP_EQ)
COMPARE_FN(ne, CMP_NE)
COMPARE_FN(gt, CMP_GT)
COMPARE_FN(ge, CMP_GE)

#define UNARY_FN(cname, pyname, op)                                               \
    static Value op_##cname(Vm *vm, Value *args, int nargs, Value kwnames)        \
    {                                                                             \
        if (check_args(vm, pyname, nargs, kwnames, 1) < 0)                        \
            return VAL_NULL;                                                      \
        return obj_unary_op(vm, op, args[0]);                                     \
    }

UNARY_FN(neg, "neg", UNARY_NEG)
UNARY_FN(pos, "pos", UNARY_POS)
UNARY_FN(invert, "invert", UNARY_INVERT)
UNARY_FN(inv, "inv", UNARY_INVERT)

static Value op_not(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (check_args(vm, "not_", nargs, kwnames, 1) < 0)
        return VAL_NULL;
    int t = obj_truthy(vm, args[0]);
    return t < 0 ? VAL_NULL : VAL_BOOL(!t);
}

static Value op_truth(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (check_args(vm, "truth", nargs, kwnames, 1) < 0)
        return VAL_NULL;
    int t = obj_truthy(vm, args[0]);
    return t < 0 ? VAL_NULL : VAL_BOOL(t);
}

static Value op_is(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (check_args(vm, "is_", nargs, kwnames, 2) < 0)
        return VAL_NULL;
    return VAL_BOOL(args[0] == args[1]);
}

static Value op_is_not(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (check_args(vm, "is_not", nargs, kwnames, 2) < 0)
        return VAL_NULL;
    return VAL_BOOL(args[0] != args[1]);
}

static Value op_abs(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (check_args(vm, "abs", nargs, kwnames, 1) < 0)
        return VAL_NULL;
    Value fn = dict_get_cstr(vm, vm->builtins, "abs");
    if (!fn)
        return vm_raise(vm, &t_SystemError, "builtin abs is missing");
    return vm_call(vm, fn, args, 1, VAL_NULL);
}

static Value op_index(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (check_args(vm, "index", nargs, kwnames, 1) < 0)
        return VAL_NULL;
    Value v = args[0];
    if (IS_BOOL(v))
        return MAKE_SMALLINT(v == VAL_TRUE);
    if (is_intlike(v))
        return IS_TYPE(v, &t_int) || IS_SMALLINT(v) ? v : int_add(vm, v, MAKE_SMALLINT(0));
    int found;
    Value r = vm_call_method_opt(vm, v, "__index__", NULL, 0, &found);
    if (!found && !vm_exc_pending(vm))
        return vm_raise(vm, &t_TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(v));
    if (r && !is_intlike(r))
        return vm_raise(vm, &t_TypeError, "__index__ returned non-int (type %s)", type_name_of(r));
    return r;
}

static bool is_sequence(Vm *vm, Value v)
{
    const TypeObj *t = TYPE_OF(v);
    if (t->flags & TF_HEAPTYPE) {
        Value name = type_lookup_cstr(vm, t, "__getitem__");
        return name != VAL_NULL && !obj_isinstance_type(v, &t_dict);
    }
    return t->getitem != NULL && t->layout != K_DICT;
}

static Value op_concat(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (check_args(vm, "concat", nargs, kwnames, 2) < 0)
        return VAL_NULL;
    if (!is_sequence(vm, args[0]))
        return vm_raise(vm, &t_TypeError, "'%s' object can't be concatenated", type_name_of(args[0]));
    return obj_binary_op(vm, BINOP_ADD, args[0], args[1]);
}

static Value op_iconcat(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (check_args(vm, "iconcat", nargs, kwnames, 2) < 0)
        return VAL_NULL;
    if (!is_sequence(vm, args[0]))
        return vm_raise(vm, &t_TypeError, "'%s' object can't be concatenated", type_name_of(args[0]));
    return obj_binary_op(vm, BINOP_ADD + BINOP_INPLACE, args[0], args[1]);
}

static Value op_contains(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (check_args(vm, "contains", nargs, kwnames, 2) < 0)
        return VAL_NULL;
    int r = obj_contains(vm, args[0], args[1]);
    return r < 0 ? VAL_NULL : VAL_BOOL(r);
}

/* countOf / indexOf: one pass over the iterable, identity-or-equality. */
static Value scan_for(Vm *vm, Value seq, Value item, bool count)
{
    Value it = obj_iter(vm, seq);
    if (!it) {
        if (vm_exc_matches(vm, &t_TypeError)) {
            vm_exc_clear(vm);
            vm_raise(vm, &t_TypeError, "argument of type '%s' is not iterable", type_name_of(seq));
        }
        return VAL_NULL;
    }
    int64_t n = 0;
    for (;;) {
        if (vm_tick(vm) < 0)
            return VAL_NULL;
        Value x = obj_iternext(vm, it);
        if (!x) {
            if (vm_exc_pending(vm))
                return VAL_NULL;
            break;
        }
        int eq = obj_eq(vm, x, item);
        if (eq < 0)
            return VAL_NULL;
        if (eq && !count)
            return int_from_i64(vm, n);
        if (eq || !count)
            n++;
    }
    if (!count)
        return vm_raise(vm, &t_ValueError, "sequence.index(x): x not in sequence");
    return int_from_i64(vm, n);
}

static Value op_countOf(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (check_args(vm, "countOf", nargs, kwnames, 2) < 0)
        return VAL_NULL;
    return scan_for(vm, args[0], args[1], true);
}

static Value op_indexOf(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (check_args(vm, "indexOf", nargs, kwnames, 2) < 0)
        return VAL_NULL;
    return scan_for(vm, args[0], args[1], false);
}

static Value op_getitem(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (check_args(vm, "getitem", nargs, kwnames, 2) < 0)
        return VAL_NULL;
    return obj_getitem(vm, args[0], args[1]);
}

static Value op_setitem(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (check_args(vm, "setitem", nargs, kwnames, 3) < 0)
        return VAL_NULL;
    return obj_setitem(vm, args[0], args[1], args[2]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value op_delitem(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (check_args(vm, "delitem", nargs, kwnames, 2) < 0)
        return VAL_NULL;
    return obj_setitem(vm, args[0], args[1], VAL_NULL) < 0 ? VAL_NULL : VAL_NONE;
}

static Value op_length_hint(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "length_hint() takes no keyword arguments");
    if (arg_check(vm, "length_hint", nargs, VAL_NULL, 1, 2) < 0)
        return VAL_NULL;
    int64_t dflt = 0;
    if (nargs == 2) {
        if (!is_intlike(args[1]))
            return vm_raise(vm, &t_TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(args[1]));
        if (obj_index(vm, args[1], &dflt) < 0)
            return VAL_NULL;
    }
    const TypeObj *t = TYPE_OF(args[0]);
    if (t == &t_list_iterator || t == &t_tuple_iterator) {
        /* these iterators have no Python-level __length_hint__ here */
        IterObj *it = (IterObj *)AS_OBJ(args[0]);
        if (!it->seq)
            return MAKE_SMALLINT(0);
        int64_t total = obj_len(vm, it->seq);
        if (total < 0)
            return VAL_NULL;
        return MAKE_SMALLINT(total > it->index ? total - it->index : 0);
    }
    bool has_len = t->len != NULL || type_lookup_cstr(vm, t, "__len__") != VAL_NULL;
    if (has_len) {
        int64_t n = obj_len(vm, args[0]);
        if (n >= 0)
            return int_from_i64(vm, n);
        if (!vm_exc_matches(vm, &t_TypeError))
            return VAL_NULL;
        vm_exc_clear(vm);
    }
    int found;
    Value r = vm_call_method_opt(vm, args[0], "__length_hint__", NULL, 0, &found);
    if (!found) {
        if (vm_exc_pending(vm))
            return VAL_NULL;
        return int_from_i64(vm, dflt);
    }
    if (!r) {
        if (vm_exc_matches(vm, &t_TypeError)) {
            vm_exc_clear(vm);
            return int_from_i64(vm, dflt);
        }
        return VAL_NULL;
    }
    if (r == VAL_NOTIMPL)
        return int_from_i64(vm, dflt);
    if (!is_intlike(r))
        return vm_raise(vm, &t_TypeError, "__length_hint__ must be an integer, not %s", type_name_of(r));
    if (int_sign(r) < 0)
        return vm_raise(vm, &t_ValueError, "__length_hint__() should return >= 0");
    return r;
}

/* ------------------------------------------------ itemgetter & friends */

/* items: the keys / attribute names / (methodcaller) method name then the
 * positional args; kwnames/kwvalues: methodcaller's keyword arguments. */
typedef struct {
    Obj hdr;
    Value items;
    Value kwnames;
    Value kwvalues;
} GetterObj;

static void getter_trace(Vm *vm, Obj *o)
{
    GetterObj *g = (GetterObj *)o;
    gc_mark(vm, g->items);
    gc_mark(vm, g->kwnames);
    gc_mark(vm, g->kwvalues);
}

static Value getter_alloc(Vm *vm, const TypeObj *type, Value *args, int nargs)
{
    Value items = tuple_from_array(vm, args, (size_t)nargs);
    if (!items)
        return VAL_NULL;
    GetterObj *g = (GetterObj *)obj_alloc(vm, type, sizeof(GetterObj));
    if (!g)
        return VAL_NULL;
    g->items = items;
    return OBJ_VAL(g);
}

/* "operator.itemgetter(" + repr(item) for each + ")" */
static Value getter_repr_common(Vm *vm, Value self, const char *prefix, size_t skip_first)
{
    GetterObj *g = (GetterObj *)AS_OBJ(self);
    if (vm->repr_depth > 200)
        return vm_raise(vm, &t_RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
    StrBuf sb;
    sb_init(&sb, vm);
    sb_append_cstr(&sb, prefix);
    sb_append_char(&sb, '(');
    size_t n = TUPLE_LEN(g->items);
    vm->repr_depth++;
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            sb_append_cstr(&sb, ", ");
        Value r = obj_repr(vm, TUPLE_ITEMS(g->items)[i]);
        if (!r) {
            vm->repr_depth--;
            sb_free(&sb);
            return VAL_NULL;
        }
        sb_append_value_str(&sb, r);
    }
    if (g->kwnames) {
        for (size_t i = 0; i < TUPLE_LEN(g->kwnames); i++) {
            if (i + n > 0)
                sb_append_cstr(&sb, ", ");
            sb_append_value_str(&sb, TUPLE_ITEMS(g->kwnames)[i]);
            sb_append_char(&sb, '=');
            Value r = obj_repr(vm, TUPLE_ITEMS(g->kwvalues)[i]);
            if (!r) {
                vm->repr_depth--;
                sb_free(&sb);
                return VAL_NULL;
            }
            sb_append_value_str(&sb, r);
        }
    }
    vm->repr_depth--;
    (void)skip_first;
    sb_append_char(&sb, ')');
    return sb_finish(&sb);
}

static Value itemgetter_new(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "itemgetter() takes no keyword arguments");
    if (nargs < 1)
        return vm_raise(vm, &t_TypeError, "itemgetter expected 1 argument, got 0");
    return getter_alloc(vm, type, args, nargs);
}

static Value itemgetter_call(Vm *vm, Value self, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "itemgetter() takes no keyword arguments");
    if (nargs != 1)
        return vm_raise(vm, &t_TypeError, "itemgetter expected 1 argument, got %d", nargs);
    GetterObj *g = (GetterObj *)AS_OBJ(self);
    size_t n = TUPLE_LEN(g->items);
    if (n == 1)
        return obj_getitem(vm, args[0], TUPLE_ITEMS(g->items)[0]);
    Value result = tuple_new(vm, n);
    if (!result)
        return VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        Value v = obj_getitem(vm, args[0], TUPLE_ITEMS(g->items)[i]);
        if (!v)
            return VAL_NULL;
        TUPLE_ITEMS(result)[i] = v;
    }
    return result;
}

static Value itemgetter_repr(Vm *vm, Value self)
{
    return getter_repr_common(vm, self, "operator.itemgetter", 0);
}

const TypeObj t_operator_itemgetter = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "itemgetter", .base = &t_object,
    .layout = K_OTHER, .basicsize = sizeof(GetterObj), .module = "operator",
    .new_ = itemgetter_new, .call = itemgetter_call, .repr = itemgetter_repr, .trace = getter_trace,
};

static Value attrgetter_new(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "attrgetter() takes no keyword arguments");
    if (nargs < 1)
        return vm_raise(vm, &t_TypeError, "attrgetter expected 1 argument, got 0");
    for (int i = 0; i < nargs; i++)
        if (!IS_STR(args[i]))
            return vm_raise(vm, &t_TypeError, "attribute name must be a string");
    return getter_alloc(vm, type, args, nargs);
}

/* getattr along a dotted path */
static Value get_dotted(Vm *vm, Value obj, Value path)
{
    const char *s = STR_DATA(path);
    size_t len = STR_LEN(path);
    if (!memchr(s, '.', len))
        return obj_getattr(vm, obj, path);
    size_t start = 0;
    while (start <= len) {
        const char *dot = memchr(s + start, '.', len - start);
        size_t end = dot ? (size_t)(dot - s) : len;
        Value part = vm_intern(vm, s + start, end - start);
        if (!part || !(obj = obj_getattr(vm, obj, part)))
            return VAL_NULL;
        start = end + 1;
    }
    return obj;
}

static Value attrgetter_call(Vm *vm, Value self, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "attrgetter() takes no keyword arguments");
    if (nargs != 1)
        return vm_raise(vm, &t_TypeError, "attrgetter expected 1 argument, got %d", nargs);
    GetterObj *g = (GetterObj *)AS_OBJ(self);
    size_t n = TUPLE_LEN(g->items);
    if (n == 1)
        return get_dotted(vm, args[0], TUPLE_ITEMS(g->items)[0]);
    Value result = tuple_new(vm, n);
    if (!result)
        return VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        Value v = get_dotted(vm, args[0], TUPLE_ITEMS(g->items)[i]);
        if (!v)
            return VAL_NULL;
        TUPLE_ITEMS(result)[i] = v;
    }
    return result;
}

static Value attrgetter_repr(Vm *vm, Value self)
{
    return getter_repr_common(vm, self, "operator.attrgetter", 0);
}

const TypeObj t_operator_attrgetter = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "attrgetter", .base = &t_object,
    .layout = K_OTHER, .basicsize = sizeof(GetterObj), .module = "operator",
    .new_ = attrgetter_new, .call = attrgetter_call, .repr = attrgetter_repr, .trace = getter_trace,
};

static Value methodcaller_new(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    if (nargs < 1)
        return vm_raise(vm, &t_TypeError, "methodcaller needs at least one argument, the method name");
    if (!IS_STR(args[0]))
        return vm_raise(vm, &t_TypeError, "method name must be a string");
    Value g = getter_alloc(vm, type, args, nargs);
    if (!g)
        return VAL_NULL;
    if (kwnames && TUPLE_LEN(kwnames) > 0) {
        GetterObj *go = (GetterObj *)AS_OBJ(g);
        go->kwnames = kwnames;
        if (!(go->kwvalues = tuple_from_array(vm, args + nargs, TUPLE_LEN(kwnames))))
            return VAL_NULL;
    }
    return g;
}

static Value methodcaller_call(Vm *vm, Value self, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "methodcaller() takes no keyword arguments");
    if (nargs != 1)
        return vm_raise(vm, &t_TypeError, "methodcaller expected 1 argument, got %d", nargs);
    GetterObj *g = (GetterObj *)AS_OBJ(self);
    Value method = obj_getattr(vm, args[0], TUPLE_ITEMS(g->items)[0]);
    if (!method)
        return VAL_NULL;
    size_t npos = TUPLE_LEN(g->items) - 1;
    size_t nkw = g->kwnames ? TUPLE_LEN(g->kwnames) : 0;
    if (nkw == 0)
        return vm_call(vm, method, TUPLE_ITEMS(g->items) + 1, (int)npos, VAL_NULL);
    /* positional then keyword values, laid out as the calling convention wants */
    Value all = tuple_new(vm, npos + nkw);
    if (!all)
        return VAL_NULL;
    for (size_t i = 0; i < npos; i++)
        TUPLE_ITEMS(all)[i] = TUPLE_ITEMS(g->items)[i + 1];
    for (size_t i = 0; i < nkw; i++)
        TUPLE_ITEMS(all)[npos + i] = TUPLE_ITEMS(g->kwvalues)[i];
    return vm_call(vm, method, TUPLE_ITEMS(all), (int)npos, g->kwnames);
}

static Value methodcaller_repr(Vm *vm, Value self)
{
    return getter_repr_common(vm, self, "operator.methodcaller", 0);
}

const TypeObj t_operator_methodcaller = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "methodcaller", .base = &t_object,
    .layout = K_OTHER, .basicsize = sizeof(GetterObj), .module = "operator",
    .new_ = methodcaller_new, .call = methodcaller_call, .repr = methodcaller_repr, .trace = getter_trace,
};

static const BuiltinFunc operator_functions[] = {
    BUILTIN_STATIC("add", op_add), BUILTIN_STATIC("sub", op_sub), BUILTIN_STATIC("mul", op_mul),
    BUILTIN_STATIC("matmul", op_matmul), BUILTIN_STATIC("truediv", op_truediv),
    BUILTIN_STATIC("floordiv", op_floordiv), BUILTIN_STATIC("mod", op_mod), BUILTIN_STATIC("pow", op_pow),
    BUILTIN_STATIC("lshift", op_lshift), BUILTIN_STATIC("rshift", op_rshift), BUILTIN_STATIC("and_", op_and),
    BUILTIN_STATIC("or_", op_or), BUILTIN_STATIC("xor", op_xor),
    BUILTIN_STATIC("iadd", op_iadd), BUILTIN_STATIC("isub", op_isub), BUILTIN_STATIC("imul", op_imul),
    BUILTIN_STATIC("imatmul", op_imatmul), BUILTIN_STATIC("itruediv", op_itruediv),
    BUILTIN_STATIC("ifloordiv", op_ifloordiv), BUILTIN_STATIC("imod", op_imod), BUILTIN_STATIC("ipow", op_ipow),
    BUILTIN_STATIC("ilshift", op_ilshift), BUILTIN_STATIC("irshift", op_irshift), BUILTIN_STATIC("iand", op_iand),
    BUILTIN_STATIC("ior", op_ior), BUILTIN_STATIC("ixor", op_ixor),
    BUILTIN_STATIC("lt", op_lt), BUILTIN_STATIC("le", op_le), BUILTIN_STATIC("eq", op_eq),
    BUILTIN_STATIC("ne", op_ne), BUILTIN_STATIC("gt", op_gt), BUILTIN_STATIC("ge", op_ge),
    BUILTIN_STATIC("neg", op_neg), BUILTIN_STATIC("pos", op_pos), BUILTIN_STATIC("invert", op_invert),
    BUILTIN_STATIC("inv", op_inv), BUILTIN_STATIC("not_", op_not), BUILTIN_STATIC("truth", op_truth),
    BUILTIN_STATIC("is_", op_is), BUILTIN_STATIC("is_not", op_is_not), BUILTIN_STATIC("abs", op_abs),
    BUILTIN_STATIC("index", op_index), BUILTIN_STATIC("concat", op_concat), BUILTIN_STATIC("iconcat", op_iconcat),
    BUILTIN_STATIC("contains", op_contains), BUILTIN_STATIC("countOf", op_countOf),
    BUILTIN_STATIC("indexOf", op_indexOf), BUILTIN_STATIC("getitem", op_getitem),
    BUILTIN_STATIC("setitem", op_setitem), BUILTIN_STATIC("delitem", op_delitem),
    BUILTIN_STATIC("length_hint", op_length_hint),
};

/* CPython also exposes the dunder aliases (operator.__add__ is add). */
static const char *const dunder_aliases[] = {
    "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
    "and", "or", "xor", "lt", "le", "eq", "ne", "gt", "ge", "neg", "pos", "invert", "inv", "not",
    "abs", "index", "concat", "contains", "getitem", "setitem", "delitem",
    "iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor",
};

static Value operator_init(Vm *vm)
{
    Value m = module_new(vm, "operator");
    if (!m)
        return VAL_NULL;
    size_t n = sizeof operator_functions / sizeof operator_functions[0];
    if (module_add_functions(vm, m, operator_functions, n) < 0 ||
        module_add(vm, m, "itemgetter", OBJ_VAL(&t_operator_itemgetter)) < 0 ||
        module_add(vm, m, "attrgetter", OBJ_VAL(&t_operator_attrgetter)) < 0 ||
        module_add(vm, m, "methodcaller", OBJ_VAL(&t_operator_methodcaller)) < 0)
        return VAL_NULL;
    for (size_t i = 0; i < sizeof dunder_aliases / sizeof dunder_aliases[0]; i++) {
        char plain[32], dunder[40];
        const char *name = dunder_aliases[i];
        bool needs_underscore = !strcmp(name, "and") || !strcmp(name, "or") || !strcmp(name, "not");
        snprintf(plain, sizeof plain, "%s%s", name, needs_underscore ? "_" : "");
        snprintf(dunder, sizeof dunder, "__%s__", name);
        Value f = dict_get_cstr(vm, module_dict(m), plain);
        if (f && module_add(vm, m, dunder, f) < 0)
            return VAL_NULL;
    }
    return m;
}

const ModuleDef corral_module_operator = {"operator", operator_init, NULL};
