/* Corral builtins: the builtins module (functions, types and exception
 * names), the builtin iterator types, __build_class__, and the registry of
 * importable modules. */
#include "vm.h"
#include "opcodes.h"

extern const TypeObj t_union;

#include <stdio.h>

/* ------------------------------------------------------------- output */

static Value bi_print(Vm *vm, Value *args, int nargs, Value kwnames)
{
    Value sep = VAL_NULL, end = VAL_NULL, file = VAL_NULL, flush = VAL_NULL;
    if (kwnames) {
        for (size_t i = 0; i < TUPLE_LEN(kwnames); i++) {
            Value k = TUPLE_ITEMS(kwnames)[i], v = args[nargs + i];
            if (str_eq_cstr(k, "sep")) sep = v;
            else if (str_eq_cstr(k, "end")) end = v;
            else if (str_eq_cstr(k, "file")) file = v;
            else if (str_eq_cstr(k, "flush")) flush = v;
            else
                return vm_raise(vm, &t_TypeError, "'%S' is an invalid keyword argument for print()", k);
        }
    }
    (void)flush;
    if (sep && sep != VAL_NONE && !IS_STR(sep))
        return vm_raise(vm, &t_TypeError, "sep must be None or a string, not %s", type_name_of(sep));
    if (end && end != VAL_NONE && !IS_STR(end))
        return vm_raise(vm, &t_TypeError, "end must be None or a string, not %s", type_name_of(end));
    StrBuf sb;
    sb_init(&sb, vm);
    for (int i = 0; i < nargs; i++) {
        if (i > 0) {
            if (sep && sep != VAL_NONE)
                sb_append_value_str(&sb, sep);
            else
                sb_append_char(&sb, ' ');
        }
        Value s = obj_str(vm, args[i]);
        if (!s) {
            sb_free(&sb);
            return VAL_NULL;
        }
        sb_append_value_str(&sb, s);
    }
    if (end && end != VAL_NONE)
        sb_append_value_str(&sb, end);
    else
        sb_append_char(&sb, '\n');
    if (sb.failed) {
        sb_free(&sb);
        return vm_raise_memory(vm);
    }
    if (file && file != VAL_NONE) {
        /* file=obj: call obj.write(text) (io.StringIO and friends) */
        Value s = sb_finish(&sb);
        if (!s)
            return VAL_NULL;
        Value r = vm_call_method(vm, file, "write", &s, 1);
        return r ? VAL_NONE : VAL_NULL;
    }
    int r = vm_write_out(vm, sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    if (vm->opt.pause_on_print)
        vm->print_pause = 1;
    return r < 0 ? VAL_NULL : VAL_NONE;
}

/* ------------------------------------------------------------ simple ones */

static Value bi_len(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "len", nargs, kw, 1, 1) < 0)
        return VAL_NULL;
    int64_t n = obj_len(vm, args[0]);
    return n < 0 ? VAL_NULL : int_from_i64(vm, n);
}

static Value bi_repr(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "repr", nargs, kw, 1, 1) < 0)
        return VAL_NULL;
    return obj_repr(vm, args[0]);
}

static Value bi_ascii(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "ascii", nargs, kw, 1, 1) < 0)
        return VAL_NULL;
    return obj_ascii(vm, args[0]);
}

static Value bi_hash(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "hash", nargs, kw, 1, 1) < 0)
        return VAL_NULL;
    int64_t h;
    if (obj_hash(vm, args[0], &h) < 0)
        return VAL_NULL;
    return int_from_i64(vm, h);
}

static Value bi_id(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "id", nargs, kw, 1, 1) < 0)
        return VAL_NULL;
    return int_from_u64(vm, (uint64_t)args[0] >> (IS_SMALLINT(args[0]) ? 0 : 0));
}

static Value bi_callable(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "callable", nargs, kw, 1, 1) < 0)
        return VAL_NULL;
    return VAL_BOOL(obj_is_callable(args[0]));
}

static int isinstance_check(Vm *vm, Value obj, Value spec, bool subclass, int depth)
{
    if (depth > 100) {
        vm_raise(vm, &t_RecursionError, "maximum recursion depth exceeded in __instancecheck__");
        return -1;
    }
    if (IS_TYPE(spec, &t_union))
        spec = obj_getattr_cstr(vm, spec, "__args__");
    if (!spec)
        return -1;
    if (IS_TUPLE(spec)) {
        for (size_t i = 0; i < TUPLE_LEN(spec); i++) {
            int r = isinstance_check(vm, obj, TUPLE_ITEMS(spec)[i], subclass, depth + 1);
            if (r)
                return r;
        }
        return 0;
    }
    if (!IS_OBJ(spec) || !type_is_subtype(AS_OBJ(spec)->type, &t_type)) {
        if (subclass)
            vm_raise(vm, &t_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        else
            vm_raise(vm, &t_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    const TypeObj *t = (const TypeObj *)AS_OBJ(spec);
    /* a metaclass may define __instancecheck__ / __subclasscheck__ (abc.ABCMeta) */
    const TypeObj *meta = TYPE_OF(spec);
    if ((meta->flags & TF_HEAPTYPE) && meta != &t_type) {
        Value hook = type_lookup_cstr(vm, meta, subclass ? "__subclasscheck__" : "__instancecheck__");
        if (hook && IS_TYPE(hook, &t_function)) {
            Value args2[2] = {spec, obj};
            Value r = vm_call(vm, hook, args2, 2, VAL_NULL);
            return r ? obj_truthy(vm, r) : -1;
        }
    }
    if (subclass) {
        if (!IS_OBJ(obj) || !type_is_subtype(AS_OBJ(obj)->type, &t_type)) {
            vm_raise(vm, &t_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        return type_is_subtype((const TypeObj *)AS_OBJ(obj), t);
    }
    return obj_isinstance_type(obj, t);
}

static Value bi_isinstance(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "isinstance", nargs, kw, 2, 2) < 0)
        return VAL_NULL;
    int r = isinstance_check(vm, args[0], args[1], false, 0);
    return r < 0 ? VAL_NULL : VAL_BOOL(r);
}

static Value bi_issubclass(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "issubclass", nargs, kw, 2, 2) < 0)
        return VAL_NULL;
    int r = isinstance_check(vm, args[0], args[1], true, 0);
    return r < 0 ? VAL_NULL : VAL_BOOL(r);
}

static Value bi_getattr(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "getattr", nargs, kw, 2, 3) < 0)
        return VAL_NULL;
    if (!IS_STR(args[1]))
        return vm_raise(vm, &t_TypeError, "attribute name must be string, not '%s'", type_name_of(args[1]));
    Value r = obj_getattr(vm, args[0], args[1]);
    if (!r && nargs == 3 && vm_exc_matches(vm, &t_AttributeError)) {
        vm_exc_clear(vm);
        return args[2];
    }
    return r;
}

static Value bi_setattr(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "setattr", nargs, kw, 3, 3) < 0)
        return VAL_NULL;
    if (!IS_STR(args[1]))
        return vm_raise(vm, &t_TypeError, "attribute name must be string, not '%s'", type_name_of(args[1]));
    return obj_setattr(vm, args[0], args[1], args[2]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value bi_delattr(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "delattr", nargs, kw, 2, 2) < 0)
        return VAL_NULL;
    if (!IS_STR(args[1]))
        return vm_raise(vm, &t_TypeError, "attribute name must be string, not '%s'", type_name_of(args[1]));
    return obj_setattr(vm, args[0], args[1], VAL_NULL) < 0 ? VAL_NULL : VAL_NONE;
}

static Value bi_hasattr(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "hasattr", nargs, kw, 2, 2) < 0)
        return VAL_NULL;
    if (!IS_STR(args[1]))
        return vm_raise(vm, &t_TypeError, "attribute name must be string, not '%s'", type_name_of(args[1]));
    Value r = obj_getattr(vm, args[0], args[1]);
    if (!r) {
        if (vm_exc_matches(vm, &t_AttributeError)) {
            vm_exc_clear(vm);
            return VAL_FALSE;
        }
        return VAL_NULL;
    }
    return VAL_TRUE;
}

static Value bi_iter(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "iter", nargs, kw, 1, 2) < 0)
        return VAL_NULL;
    if (nargs == 2) {
        if (!obj_is_callable(args[0]))
            return vm_raise(vm, &t_TypeError, "iter(v, w): v must be callable");
        IterObj *it = (IterObj *)obj_alloc(vm, &t_callable_iterator, sizeof(IterObj));
        if (!it)
            return VAL_NULL;
        it->seq = args[0];
        it->a = args[1];
        return OBJ_VAL(it);
    }
    return obj_iter(vm, args[0]);
}

Value gen_next_entry(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "next", nargs, kw, 1, 2) < 0)
        return VAL_NULL;
    const TypeObj *t = TYPE_OF(args[0]);
    if (!t->iternext && !((t->flags & TF_HEAPTYPE) && type_lookup_cstr(vm, t, "__next__")))
        return vm_raise(vm, &t_TypeError, "'%s' object is not an iterator", type_name(t));
    Value r, ret = VAL_NULL;
    if (t == &t_generator)
        r = gen_send(vm, args[0], VAL_NONE, &ret);
    else
        r = obj_iternext(vm, args[0]);
    if (r)
        return r;
    if (vm_exc_pending(vm))
        return VAL_NULL;
    if (nargs == 2)
        return args[1];
    if (ret && ret != VAL_NONE) {
        Value a = tuple_from_array(vm, &ret, 1);
        Value e = a ? exc_new(vm, &t_StopIteration, a) : VAL_NULL;
        return e ? vm_raise_value(vm, e) : VAL_NULL;
    }
    return vm_raise_value(vm, OBJ_VAL(&t_StopIteration));
}

static Value bi_abs(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "abs", nargs, kw, 1, 1) < 0)
        return VAL_NULL;
    Value v = args[0];
    if (is_intlike(v))
        return int_abs(vm, v);
    if (IS_FLOAT(v))
        return float_new(vm, FLOAT_VALUE(v) < 0 || (FLOAT_VALUE(v) == 0 && 1 / FLOAT_VALUE(v) < 0) ? -FLOAT_VALUE(v) : FLOAT_VALUE(v));
    int found;
    Value r = vm_call_method_opt(vm, v, "__abs__", NULL, 0, &found);
    if (!found && !vm_exc_pending(vm))
        return vm_raise(vm, &t_TypeError, "bad operand type for abs(): '%s'", type_name_of(v));
    return r;
}

static Value bi_divmod(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "divmod", nargs, kw, 2, 2) < 0)
        return VAL_NULL;
    /* __divmod__ of the left operand, then __rdivmod__ of the right one */
    for (int side = 0; side < 2; side++) {
        Value self = args[side], other = args[1 - side];
        Value m = type_lookup_cstr(vm, TYPE_OF(self), side ? "__rdivmod__" : "__divmod__");
        if (!m || !IS_TYPE(m, &t_function))
            continue;
        Value r = vm_call_prepended(vm, m, self, &other, 1, VAL_NULL);
        if (r != VAL_NOTIMPL)
            return r;
    }
    Value q = obj_binary_op(vm, BINOP_FLOORDIV, args[0], args[1]);
    if (!q) {
        if (vm_exc_matches(vm, &t_TypeError)) {
            vm_exc_clear(vm);
            return vm_raise(vm, &t_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                            type_name_of(args[0]), type_name_of(args[1]));
        }
        if (vm_exc_matches(vm, &t_ZeroDivisionError) && (IS_FLOAT(args[0]) || IS_FLOAT(args[1]))) {
            vm_exc_clear(vm);
            return vm_raise(vm, &t_ZeroDivisionError, "float divmod()");
        }
        return VAL_NULL;
    }
    Value r = obj_binary_op(vm, BINOP_MOD, args[0], args[1]);
    if (!r)
        return VAL_NULL;
    return tuple_pack2(vm, q, r);
}

static Value bi_pow(Vm *vm, Value *args, int nargs, Value kw)
{
    static const char *const names[] = {"base", "exp", "mod", NULL};
    Value a[3];
    if (arg_parse(vm, "pow", args, nargs, kw, names, 0, 2, a) < 0)
        return VAL_NULL;
    if (a[2] && a[2] != VAL_NONE) {
        if (!is_intlike(a[0]) || !is_intlike(a[1]) || !is_intlike(a[2]))
            return vm_raise(vm, &t_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return int_pow(vm, a[0], a[1], a[2]);
    }
    return obj_binary_op(vm, BINOP_POW, a[0], a[1]);
}

static Value bi_round(Vm *vm, Value *args, int nargs, Value kw)
{
    static const char *const names[] = {"number", "ndigits", NULL};
    Value a[2];
    if (arg_parse(vm, "round", args, nargs, kw, names, 0, 1, a) < 0)
        return VAL_NULL;
    Value nd = a[1] && a[1] != VAL_NONE ? a[1] : VAL_NULL;
    if (IS_FLOAT(a[0]))
        return float_round(vm, FLOAT_VALUE(a[0]), nd);
    if (is_intlike(a[0])) {
        if (!nd)
            return IS_BOOL(a[0]) ? MAKE_SMALLINT(a[0] == VAL_TRUE) : a[0];
        int64_t n;
        if (obj_index(vm, nd, &n) < 0)
            return VAL_NULL;
        if (n >= 0)
            return IS_BOOL(a[0]) ? MAKE_SMALLINT(a[0] == VAL_TRUE) : a[0];
        /* round to 10**-n with half-even */
        Value p = int_pow(vm, MAKE_SMALLINT(10), MAKE_SMALLINT(-n), VAL_NULL);
        if (!p)
            return VAL_NULL;
        Value q = int_floordiv(vm, a[0], p);
        Value r = q ? int_mod(vm, a[0], p) : VAL_NULL;
        if (!r)
            return VAL_NULL;
        Value twice = int_mul(vm, r, MAKE_SMALLINT(2));
        if (!twice)
            return VAL_NULL;
        int c = int_cmp(twice, p);
        if (c > 0 || (c == 0 && int_to_i64(int_and(vm, q, MAKE_SMALLINT(1)), &n) && n == 1)) {
            q = int_add(vm, q, MAKE_SMALLINT(1));
            if (!q)
                return VAL_NULL;
        }
        return int_mul(vm, q, p);
    }
    Value name = vm_intern(vm, "__round__", 9);
    Value m = name ? obj_getattr_opt(vm, a[0], name) : VAL_NULL;
    if (!m) {
        if (vm_exc_pending(vm))
            return VAL_NULL;
        return vm_raise(vm, &t_TypeError, "type %s doesn't define __round__ method", type_name_of(a[0]));
    }
    return vm_call(vm, m, nd ? &nd : NULL, nd ? 1 : 0, VAL_NULL);
}

static Value bi_chr(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "chr", nargs, kw, 1, 1) < 0)
        return VAL_NULL;
    if (!is_intlike(args[0]))
        return vm_raise(vm, &t_TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(args[0]));
    int64_t c;
    if (!int_to_i64(args[0], &c))
        return vm_raise(vm, &t_OverflowError, "Python int too large to convert to C int");
    if (c < 0 || c > 0x10ffff)
        return vm_raise(vm, &t_ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint(vm, (uint32_t)c);
}

static Value bi_ord(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "ord", nargs, kw, 1, 1) < 0)
        return VAL_NULL;
    Value v = args[0];
    if (IS_STR(v)) {
        if (AS_STR(v)->nchars != 1)
            return vm_raise(vm, &t_TypeError, "ord() expected a character, but string of length %zd found",
                            (ptrdiff_t)AS_STR(v)->nchars);
        return MAKE_SMALLINT(str_char_at(v, 0));
    }
    if (IS_BYTES(v)) {
        if (AS_BYTES(v)->len != 1)
            return vm_raise(vm, &t_TypeError, "ord() expected a character, but string of length %zd found",
                            (ptrdiff_t)AS_BYTES(v)->len);
        return MAKE_SMALLINT(AS_BYTES(v)->data[0]);
    }
    return vm_raise(vm, &t_TypeError, "ord() expected string of length 1, but %s found", type_name_of(v));
}

static Value int_prefixed(Vm *vm, Value v, int base, const char *prefix, const char *fname)
{
    int64_t dummy;
    if (!is_intlike(v)) {
        if (obj_index(vm, v, &dummy) < 0)
            return VAL_NULL;
        v = int_from_i64(vm, dummy);
    }
    if (IS_BOOL(v))
        v = MAKE_SMALLINT(v == VAL_TRUE);
    Value digits = int_to_string(vm, v, base);
    if (!digits)
        return VAL_NULL;
    StrBuf sb;
    sb_init(&sb, vm);
    const char *d = STR_DATA(digits);
    size_t len = STR_LEN(digits);
    if (d[0] == '-') {
        sb_append_char(&sb, '-');
        d++;
        len--;
    }
    sb_append_cstr(&sb, prefix);
    sb_append(&sb, d, len);
    (void)fname;
    return sb_finish(&sb);
}

static Value bi_hex(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "hex", nargs, kw, 1, 1) < 0)
        return VAL_NULL;
    return int_prefixed(vm, args[0], 16, "0x", "hex");
}
static Value bi_oct(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "oct", nargs, kw, 1, 1) < 0)
        return VAL_NULL;
    return int_prefixed(vm, args[0], 8, "0o", "oct");
}
static Value bi_bin(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "bin", nargs, kw, 1, 1) < 0)
        return VAL_NULL;
    return int_prefixed(vm, args[0], 2, "0b", "bin");
}

static Value bi_format(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "format", nargs, kw, 1, 2) < 0)
        return VAL_NULL;
    Value spec = nargs == 2 ? args[1] : str_new(vm, "", 0);
    if (!spec)
        return VAL_NULL;
    if (!IS_STR(spec))
        return vm_raise(vm, &t_TypeError, "format() argument 2 must be str, not %s", type_name_of(spec));
    return obj_format(vm, args[0], spec);
}

/* ------------------------------------------------------- aggregations */

static Value bi_sum(Vm *vm, Value *args, int nargs, Value kw)
{
    static const char *const names[] = {"iterable", "start", NULL};
    Value a[2];
    if (arg_parse(vm, "sum", args, nargs, kw, names, 1, 1, a) < 0)
        return VAL_NULL;
    Value acc = a[1] ? a[1] : MAKE_SMALLINT(0);
    if (IS_STR(acc))
        return vm_raise(vm, &t_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (IS_BYTES(acc))
        return vm_raise(vm, &t_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    Value it = obj_iter(vm, a[0]);
    if (!it)
        return VAL_NULL;
    /* float accumulation uses Neumaier compensation like CPython 3.12? No: 3.11 adds plainly */
    for (;;) {
        Value x = obj_iternext(vm, it);
        if (!x)
            return vm_exc_pending(vm) ? VAL_NULL : acc;
        if (IS_SMALLINT(acc) && IS_SMALLINT(x)) {
            int64_t z = SMALLINT_VALUE(acc) + SMALLINT_VALUE(x);
            if (SMALLINT_FITS(z)) {
                acc = MAKE_SMALLINT(z);
                continue;
            }
        }
        acc = obj_binary_op(vm, BINOP_ADD, acc, x);
        if (!acc)
            return VAL_NULL;
        if (vm_tick(vm) < 0)
            return VAL_NULL;
    }
}

static Value bi_any_all(Vm *vm, Value *args, int nargs, Value kw, bool want_all)
{
    if (arg_check(vm, want_all ? "all" : "any", nargs, kw, 1, 1) < 0)
        return VAL_NULL;
    Value it = obj_iter(vm, args[0]);
    if (!it)
        return VAL_NULL;
    for (;;) {
        Value x = obj_iternext(vm, it);
        if (!x)
            return vm_exc_pending(vm) ? VAL_NULL : VAL_BOOL(want_all);
        int t = obj_truthy(vm, x);
        if (t < 0)
            return VAL_NULL;
        if (want_all && !t)
            return VAL_FALSE;
        if (!want_all && t)
            return VAL_TRUE;
    }
}
static Value bi_any(Vm *vm, Value *args, int nargs, Value kw) { return bi_any_all(vm, args, nargs, kw, false); }
static Value bi_all(Vm *vm, Value *args, int nargs, Value kw) { return bi_any_all(vm, args, nargs, kw, true); }

static Value bi_minmax(Vm *vm, Value *args, int nargs, Value kwnames, bool is_max)
{
    const char *fname = is_max ? "max" : "min";
    Value key = VAL_NULL, dflt = VAL_NULL;
    if (kwnames) {
        for (size_t i = 0; i < TUPLE_LEN(kwnames); i++) {
            Value k = TUPLE_ITEMS(kwnames)[i];
            if (str_eq_cstr(k, "key"))
                key = args[nargs + i];
            else if (str_eq_cstr(k, "default"))
                dflt = args[nargs + i];
            else
                return vm_raise(vm, &t_TypeError, "%s() got an unexpected keyword argument '%S'", fname, k);
        }
    }
    if (key == VAL_NONE)
        key = VAL_NULL;
    if (nargs == 0)
        return vm_raise(vm, &t_TypeError, "%s expected at least 1 argument, got 0", fname);
    Value it;
    if (nargs == 1) {
        it = obj_iter(vm, args[0]);
        if (!it)
            return VAL_NULL;
    } else {
        if (dflt)
            return vm_raise(vm, &t_TypeError, "Cannot specify a default for %s() with multiple positional arguments", fname);
        Value t = tuple_from_array(vm, args, (size_t)nargs);
        if (!t || !(it = obj_iter(vm, t)))
            return VAL_NULL;
    }
    Value best = VAL_NULL, best_key = VAL_NULL;
    for (;;) {
        Value x = obj_iternext(vm, it);
        if (!x) {
            if (vm_exc_pending(vm))
                return VAL_NULL;
            break;
        }
        Value kx = x;
        if (key) {
            kx = vm_call(vm, key, &x, 1, VAL_NULL);
            if (!kx)
                return VAL_NULL;
        }
        if (!best) {
            best = x;
            best_key = kx;
            continue;
        }
        int c = obj_richcompare_bool(vm, kx, best_key, is_max ? CMP_GT : CMP_LT);
        if (c < 0)
            return VAL_NULL;
        if (c) {
            best = x;
            best_key = kx;
        }
    }
    if (!best) {
        if (dflt)
            return dflt;
        return vm_raise(vm, &t_ValueError, "%s() arg is an empty sequence", fname);
    }
    return best;
}
static Value bi_min(Vm *vm, Value *args, int nargs, Value kw) { return bi_minmax(vm, args, nargs, kw, false); }
static Value bi_max(Vm *vm, Value *args, int nargs, Value kw) { return bi_minmax(vm, args, nargs, kw, true); }

static Value bi_sorted(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (nargs != 1) {
        if (nargs == 0)
            return vm_raise(vm, &t_TypeError, "sorted expected 1 argument, got 0");
        return vm_raise(vm, &t_TypeError, "sorted expected 1 argument, got %d", nargs);
    }
    Value key = VAL_NULL, reverse = VAL_NULL;
    if (kwnames) {
        for (size_t i = 0; i < TUPLE_LEN(kwnames); i++) {
            Value k = TUPLE_ITEMS(kwnames)[i];
            if (str_eq_cstr(k, "key"))
                key = args[nargs + i];
            else if (str_eq_cstr(k, "reverse"))
                reverse = args[nargs + i];
            else
                return vm_raise(vm, &t_TypeError, "sort() got an unexpected keyword argument '%S'", k);
        }
    }
    Value l = list_from_iterable(vm, args[0]);
    if (!l)
        return VAL_NULL;
    if (l == args[0]) {
        l = list_from_array(vm, AS_LIST(l)->items, AS_LIST(l)->len);
        if (!l)
            return VAL_NULL;
    }
    int rev = 0;
    if (reverse && (rev = obj_truthy(vm, reverse)) < 0)
        return VAL_NULL;
    if (list_sort(vm, l, key == VAL_NONE ? VAL_NULL : key, rev != 0) < 0)
        return VAL_NULL;
    return l;
}

/* ------------------------------------------------------ iterator types */

static void iter_trace(Vm *vm, Obj *o)
{
    IterObj *it = (IterObj *)o;
    gc_mark(vm, it->seq);
    gc_mark(vm, it->a);
    gc_mark(vm, it->b);
    gc_mark(vm, it->c);
}
static Value iter_self(Vm *vm, Value v) { return v; }

static IterObj *iter_alloc(Vm *vm, const TypeObj *t)
{
    return (IterObj *)obj_alloc(vm, t, sizeof(IterObj));
}

/* enumerate(iterable, start=0) */
static Value enumerate_new(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kw)
{
    static const char *const names[] = {"iterable", "start", NULL};
    Value a[2];
    if (arg_parse(vm, "enumerate", args, nargs, kw, names, 0, 1, a) < 0)
        return VAL_NULL;
    if (a[1] && !is_intlike(a[1]))
        return vm_raise(vm, &t_TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(a[1]));
    Value it = obj_iter(vm, a[0]);
    if (!it)
        return VAL_NULL;
    IterObj *e = iter_alloc(vm, &t_enumerate);
    if (!e)
        return VAL_NULL;
    e->seq = it;
    e->a = a[1] ? a[1] : MAKE_SMALLINT(0);
    return OBJ_VAL(e);
}

static Value enumerate_next(Vm *vm, Value self)
{
    IterObj *e = (IterObj *)AS_OBJ(self);
    Value x = obj_iternext(vm, e->seq);
    if (!x)
        return VAL_NULL;
    Value idx = e->a;
    Value next = IS_SMALLINT(idx) && SMALLINT_VALUE(idx) < SMALLINT_MAX ? MAKE_SMALLINT(SMALLINT_VALUE(idx) + 1)
                                                                        : int_add(vm, idx, MAKE_SMALLINT(1));
    if (!next)
        return VAL_NULL;
    e->a = next;
    return tuple_pack2(vm, idx, x);
}

const TypeObj t_enumerate = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "enumerate", .base = &t_object, .layout = K_ITER,
    .basicsize = sizeof(IterObj), .flags = TF_BASETYPE, .new_ = enumerate_new, .iter = iter_self,
    .iternext = enumerate_next, .trace = iter_trace,
};

/* zip(*iterables, strict=False): a = tuple of iterators, index = strict */
static Value zip_new(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    bool strict = false;
    if (kwnames) {
        for (size_t i = 0; i < TUPLE_LEN(kwnames); i++) {
            if (!str_eq_cstr(TUPLE_ITEMS(kwnames)[i], "strict"))
                return vm_raise(vm, &t_TypeError, "zip() got an unexpected keyword argument '%S'", TUPLE_ITEMS(kwnames)[i]);
            int t = obj_truthy(vm, args[nargs + i]);
            if (t < 0)
                return VAL_NULL;
            strict = t;
        }
    }
    Value its = tuple_new(vm, (size_t)nargs);
    if (!its)
        return VAL_NULL;
    for (int i = 0; i < nargs; i++) {
        Value it = obj_iter(vm, args[i]);
        if (!it) {
            if (vm_exc_matches(vm, &t_TypeError)) {
                vm_exc_clear(vm);
                return vm_raise(vm, &t_TypeError, "zip argument #%d must support iteration", i + 1);
            }
            return VAL_NULL;
        }
        TUPLE_ITEMS(its)[i] = it;
    }
    IterObj *z = iter_alloc(vm, &t_zip);
    if (!z)
        return VAL_NULL;
    z->seq = its;
    z->index = strict;
    return OBJ_VAL(z);
}

static Value zip_next(Vm *vm, Value self)
{
    IterObj *z = (IterObj *)AS_OBJ(self);
    size_t n = TUPLE_LEN(z->seq);
    if (n == 0 || z->end)
        return VAL_NULL;
    Value out = tuple_new(vm, n);
    if (!out)
        return VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        Value x = obj_iternext(vm, TUPLE_ITEMS(z->seq)[i]);
        if (!x) {
            if (vm_exc_pending(vm))
                return VAL_NULL;
            z->end = 1;
            if (z->index) {
                if (i > 0)
                    return vm_raise(vm, &t_ValueError, "zip() argument %d is shorter than argument%s%d",
                                    (int)i + 1, i == 1 ? " " : "s 1-", (int)i);
                for (size_t j = 1; j < n; j++) {
                    Value y = obj_iternext(vm, TUPLE_ITEMS(z->seq)[j]);
                    if (y)
                        return vm_raise(vm, &t_ValueError, "zip() argument %d is longer than argument%s%d",
                                        (int)j + 1, j == 1 ? " " : "s 1-", (int)j);
                    if (vm_exc_pending(vm))
                        return VAL_NULL;
                }
            }
            return VAL_NULL;
        }
        TUPLE_ITEMS(out)[i] = x;
    }
    return out;
}

const TypeObj t_zip = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "zip", .base = &t_object, .layout = K_ITER,
    .basicsize = sizeof(IterObj), .flags = TF_BASETYPE, .new_ = zip_new, .iter = iter_self, .iternext = zip_next,
    .trace = iter_trace,
};

/* map(func, *iterables): a = func, seq = tuple of iterators */
static Value map_new(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames))
        return vm_raise(vm, &t_TypeError, "map() takes no keyword arguments");
    if (nargs < 2)
        return vm_raise(vm, &t_TypeError, "map() must have at least two arguments.");
    Value its = tuple_new(vm, (size_t)nargs - 1);
    if (!its)
        return VAL_NULL;
    for (int i = 1; i < nargs; i++) {
        Value it = obj_iter(vm, args[i]);
        if (!it)
            return VAL_NULL;
        TUPLE_ITEMS(its)[i - 1] = it;
    }
    IterObj *m = iter_alloc(vm, &t_map);
    if (!m)
        return VAL_NULL;
    m->a = args[0];
    m->seq = its;
    return OBJ_VAL(m);
}

static Value map_next(Vm *vm, Value self)
{
    IterObj *m = (IterObj *)AS_OBJ(self);
    size_t n = TUPLE_LEN(m->seq);
    Value small[8];
    Value *vals = n <= 8 ? small : mem_alloc(vm, sizeof(Value) * n);
    if (!vals)
        return VAL_NULL;
    Value r = VAL_NULL;
    size_t i;
    for (i = 0; i < n; i++) {
        Value x = obj_iternext(vm, TUPLE_ITEMS(m->seq)[i]);
        if (!x)
            break;
        vals[i] = x;
    }
    if (i == n)
        r = vm_call(vm, m->a, vals, (int)n, VAL_NULL);
    if (vals != small)
        mem_free(vm, vals, sizeof(Value) * n);
    return r;
}

const TypeObj t_map = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "map", .base = &t_object, .layout = K_ITER,
    .basicsize = sizeof(IterObj), .flags = TF_BASETYPE, .new_ = map_new, .iter = iter_self, .iternext = map_next,
    .trace = iter_trace,
};

/* filter(func or None, iterable) */
static Value filter_new(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "filter", nargs, kwnames, 2, 2) < 0)
        return VAL_NULL;
    Value it = obj_iter(vm, args[1]);
    if (!it)
        return VAL_NULL;
    IterObj *f = iter_alloc(vm, &t_filter);
    if (!f)
        return VAL_NULL;
    f->a = args[0];
    f->seq = it;
    return OBJ_VAL(f);
}

static Value filter_next(Vm *vm, Value self)
{
    IterObj *f = (IterObj *)AS_OBJ(self);
    for (;;) {
        Value x = obj_iternext(vm, f->seq);
        if (!x)
            return VAL_NULL;
        Value t = x;
        if (f->a != VAL_NONE) {
            t = vm_call(vm, f->a, &x, 1, VAL_NULL);
            if (!t)
                return VAL_NULL;
        }
        int b = obj_truthy(vm, t);
        if (b < 0)
            return VAL_NULL;
        if (b)
            return x;
        if (vm_tick(vm) < 0)
            return VAL_NULL;
    }
}

const TypeObj t_filter = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "filter", .base = &t_object, .layout = K_ITER,
    .basicsize = sizeof(IterObj), .flags = TF_BASETYPE, .new_ = filter_new, .iter = iter_self,
    .iternext = filter_next, .trace = iter_trace,
};

/* reversed(seq): __reversed__ or the sequence protocol */
static Value reversed_new(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "reversed", nargs, kwnames, 1, 1) < 0)
        return VAL_NULL;
    Value seq = args[0];
    int found = 0;
    Value r = vm_call_method_opt(vm, seq, "__reversed__", NULL, 0, &found);
    if (found || vm_exc_pending(vm))
        return r;
    const TypeObj *t = TYPE_OF(seq);
    if (t == &t_dict || t == &t_set || t == &t_frozenset ||
        (!t->getitem && !((t->flags & TF_HEAPTYPE) && type_lookup_cstr(vm, t, "__getitem__"))))
        return vm_raise(vm, &t_TypeError, "'%s' object is not reversible", type_name(t));
    int64_t n = obj_len(vm, seq);
    if (n < 0)
        return VAL_NULL;
    IterObj *it = iter_alloc(vm, &t_reversed);
    if (!it)
        return VAL_NULL;
    it->seq = seq;
    it->index = n - 1;
    return OBJ_VAL(it);
}

static Value reversed_next(Vm *vm, Value self)
{
    IterObj *it = (IterObj *)AS_OBJ(self);
    if (it->index < 0)
        return VAL_NULL;
    Value x = obj_getitem(vm, it->seq, MAKE_SMALLINT(it->index));
    if (!x) {
        if (vm_exc_matches(vm, &t_IndexError) || vm_exc_matches(vm, &t_StopIteration)) {
            vm_exc_clear(vm);
            it->index = -1;
        }
        return VAL_NULL;
    }
    it->index--;
    return x;
}

const TypeObj t_reversed = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "reversed", .base = &t_object, .layout = K_ITER,
    .basicsize = sizeof(IterObj), .flags = TF_BASETYPE, .new_ = reversed_new, .iter = iter_self,
    .iternext = reversed_next, .trace = iter_trace,
};

/* iter(callable, sentinel) */
static Value callable_iter_next(Vm *vm, Value self)
{
    IterObj *it = (IterObj *)AS_OBJ(self);
    if (!it->seq)
        return VAL_NULL;
    Value x = vm_call(vm, it->seq, NULL, 0, VAL_NULL);
    if (!x)
        return VAL_NULL;
    int eq = obj_eq(vm, x, it->a);
    if (eq < 0)
        return VAL_NULL;
    if (eq) {
        it->seq = VAL_NULL;
        return VAL_NULL;
    }
    return x;
}

const TypeObj t_callable_iterator = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "callable_iterator", .base = &t_object, .layout = K_ITER,
    .basicsize = sizeof(IterObj), .iter = iter_self, .iternext = callable_iter_next, .trace = iter_trace,
};

/* -------------------------------------------------------- misc builtins */

static Value bi_vars(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "vars", nargs, kw, 0, 1) < 0)
        return VAL_NULL;
    if (nargs == 0) {
        Frame *f = vm->frame;
        return f && f->locals ? f->locals : (f ? f->globals : VAL_NONE);
    }
    Value d = obj_getattr_cstr(vm, args[0], "__dict__");
    if (!d && vm_exc_matches(vm, &t_AttributeError)) {
        vm_exc_clear(vm);
        return vm_raise(vm, &t_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

static Value bi_dir(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "dir", nargs, kw, 0, 1) < 0)
        return VAL_NULL;
    if (nargs == 0) {
        Frame *f = vm->frame;
        Value d = f && f->locals ? f->locals : (f ? f->globals : VAL_NULL);
        if (!d)
            return list_new(vm, 0);
        Value l = list_new(vm, dict_len(d));
        size_t pos = 0;
        Value k, v;
        while (l && dict_next(d, &pos, &k, &v))
            if (list_append(vm, l, k) < 0)
                return VAL_NULL;
        if (!l || list_sort(vm, l, VAL_NULL, false) < 0)
            return VAL_NULL;
        return l;
    }
    /* __dir__ is looked up on the type (the metaclass, for a class) */
    Value r;
    const TypeObj *t = TYPE_OF(args[0]);
    Value hook = (t->flags & TF_HEAPTYPE) ? type_lookup_cstr(vm, t, "__dir__") : VAL_NULL;
    if (hook && IS_TYPE(hook, &t_function))
        r = vm_call(vm, hook, args, 1, VAL_NULL);
    else
        r = vm_call_method(vm, args[0], "__dir__", NULL, 0);
    if (!r)
        return VAL_NULL;
    Value l = list_from_iterable(vm, r);
    if (!l || list_sort(vm, l, VAL_NULL, false) < 0)
        return VAL_NULL;
    return l;
}

static Value bi_globals(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "globals", nargs, kw, 0, 0) < 0)
        return VAL_NULL;
    return vm->frame ? vm->frame->globals : vm->main_globals;
}

static Value bi_locals(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "locals", nargs, kw, 0, 0) < 0)
        return VAL_NULL;
    Frame *f = vm->frame;
    if (!f)
        return vm->main_globals;
    if (f->locals)
        return f->locals;
    Value d = dict_new(vm);
    if (!d)
        return VAL_NULL;
    for (uint32_t i = 0; i < f->code->nlocals; i++)
        if (f->slots[i] && dict_set(vm, d, f->code->varnames[i], f->slots[i]) < 0)
            return VAL_NULL;
    return d;
}


/* __build_class__(func, name, *bases, **kwds) */
/* __build_class__ in two halves so the VM can run the class body in its own
 * loop: build_class_begin checks the arguments, finds the metaclass and the
 * namespace (*info = (name, bases, metaclass)); build_class_finish makes
 * the class from the filled namespace. */
int build_class_begin(Vm *vm, Value *args, int nargs, Value kwnames, Value *ns_out, Value *info_out)
{
    if (nargs < 2) {
        vm_raise(vm, &t_TypeError, "__build_class__: not enough arguments");
        return -1;
    }
    Value func = args[0], name = args[1];
    if (!IS_TYPE(func, &t_function)) {
        vm_raise(vm, &t_TypeError, "__build_class__: func must be a function");
        return -1;
    }
    if (!IS_STR(name)) {
        vm_raise(vm, &t_TypeError, "__build_class__: name is not a string");
        return -1;
    }
    Value bases = tuple_from_array(vm, args + 2, (size_t)nargs - 2);
    if (!bases)
        return -1;
    Value metaclass = VAL_NULL;
    Value class_kwargs = VAL_NONE;   /* keywords other than metaclass: for the metaclass and __init_subclass__ */
    int nkw = kwnames ? (int)TUPLE_LEN(kwnames) : 0;
    for (int i = 0; i < nkw; i++) {
        Value k = TUPLE_ITEMS(kwnames)[i];
        if (str_eq_cstr(k, "metaclass")) {
            metaclass = args[nargs + i];
            continue;
        }
        if (class_kwargs == VAL_NONE && !(class_kwargs = dict_new(vm)))
            return -1;
        if (dict_set(vm, class_kwargs, k, args[nargs + i]) < 0)
            return -1;
    }
    if (!metaclass) {
        metaclass = OBJ_VAL(&t_type);
        for (size_t i = 0; i < TUPLE_LEN(bases); i++) {
            Value b = TUPLE_ITEMS(bases)[i];
            if (IS_OBJ(b)) {
                const TypeObj *mt = AS_OBJ(b)->type;
                if (mt != &t_type && type_is_subtype(mt, (const TypeObj *)AS_OBJ(metaclass)))
                    metaclass = OBJ_VAL(mt);
            }
        }
    }
    Value ns = VAL_NULL;
    if (metaclass != OBJ_VAL(&t_type)) {
        Value prep = obj_getattr_opt(vm, metaclass, vm_intern(vm, "__prepare__", 11));
        if (!prep && vm_exc_pending(vm))
            return -1;
        if (prep) {
            Value pargs[2] = {name, bases};
            ns = vm_call(vm, prep, pargs, 2, VAL_NULL);
            if (!ns)
                return -1;
            if (!IS_DICT(ns) && !(IS_OBJ(ns) && AS_OBJ(ns)->type->layout == K_DICT)) {
                vm_raise(vm, &t_TypeError, "%s.__prepare__() must return a mapping, not %s",
                         type_name((const TypeObj *)AS_OBJ(metaclass)), type_name_of(ns));
                return -1;
            }
        }
    }
    if (!ns && !(ns = dict_new(vm)))
        return -1;
    Value parts[4] = {name, bases, metaclass, class_kwargs};
    Value info = tuple_from_array(vm, parts, 4);
    if (!info)
        return -1;
    *ns_out = ns;
    *info_out = info;
    return 0;
}

Value build_class_finish(Vm *vm, Value info, Value ns)
{
    Value name = TUPLE_ITEMS(info)[0], bases = TUPLE_ITEMS(info)[1], metaclass = TUPLE_ITEMS(info)[2];
    Value cell = dict_get_cstr(vm, ns, "__classcell__");
    if (cell) {
        Value key = str_from_cstr(vm, "__classcell__");
        if (!key || dict_del(vm, ns, key) < 0)
            return VAL_NULL;
    }
    Value kwargs = TUPLE_LEN(info) > 3 && IS_DICT(TUPLE_ITEMS(info)[3]) ? TUPLE_ITEMS(info)[3] : VAL_NULL;
    Value cls;
    if (metaclass == OBJ_VAL(&t_type)) {
        cls = type_new_heap_ex(vm, name, bases, ns, &t_type, true, kwargs);
    } else if (!kwargs) {
        Value margs[3] = {name, bases, ns};
        cls = vm_call(vm, metaclass, margs, 3, VAL_NULL);
    } else {
        /* metaclass(name, bases, ns, **kwargs) */
        size_t nkw = dict_len(kwargs);
        Value *margs = mem_alloc(vm, sizeof(Value) * (3 + nkw));
        Value kwnames = margs ? tuple_new(vm, nkw) : VAL_NULL;
        if (!kwnames) {
            if (margs)
                mem_free(vm, margs, sizeof(Value) * (3 + nkw));
            return VAL_NULL;
        }
        margs[0] = name;
        margs[1] = bases;
        margs[2] = ns;
        size_t pos = 0, i = 0;
        Value k, v;
        while (dict_next(kwargs, &pos, &k, &v)) {
            TUPLE_ITEMS(kwnames)[i] = k;
            margs[3 + i] = v;
            i++;
        }
        cls = vm_call(vm, metaclass, margs, 3, kwnames);
        mem_free(vm, margs, sizeof(Value) * (3 + nkw));
    }
    if (!cls)
        return VAL_NULL;
    if (cell && IS_TYPE(cell, &t_cell))
        ((CellObj *)AS_OBJ(cell))->value = cls;
    return cls;
}

Value bi_build_class(Vm *vm, Value *args, int nargs, Value kwnames)
{
    Value ns, info;
    if (build_class_begin(vm, args, nargs, kwnames, &ns, &info) < 0)
        return VAL_NULL;
    if (!vm_call_class_body(vm, (FuncObj *)AS_OBJ(args[0]), ns))
        return VAL_NULL;
    return build_class_finish(vm, info, ns);
}

/* Builtins that consume a whole iterable: when given a generator, the VM
 * first runs the generator to exhaustion in its own loop (so host calls in
 * it can pause) and then calls the builtin with the collected list.
 * any()/all() are not among them: they stop early. */
bool builtin_consumes_iterable(Value callable)
{
    if (IS_TYPE(callable, &t_builtin_function)) {
        const BuiltinFunc *bf = (const BuiltinFunc *)AS_OBJ(callable);
        if (bf->fn == bi_sum || bf->fn == bi_min || bf->fn == bi_max || bf->fn == bi_sorted)
            return true;
        if (strcmp(bf->name, "join") == 0 && IS_STR(bf->self ? bf->self : VAL_NONE))
            for (uint32_t i = 0; i < t_str.nmethods; i++)
                if (t_str.methods[i].fn == bf->fn)
                    return true;
        if (strcmp(bf->name, "join") == 0 && !bf->self)
            for (uint32_t i = 0; i < t_str.nmethods; i++)
                if (&t_str.methods[i] == bf)
                    return true;
        return false;
    }
    return callable == OBJ_VAL(&t_list) || callable == OBJ_VAL(&t_tuple) || callable == OBJ_VAL(&t_set) ||
           callable == OBJ_VAL(&t_frozenset) || callable == OBJ_VAL(&t_dict);
}

/* ------------------------------------------------- except* runtime helpers */

int exc_group_split(Vm *vm, Value g, Value cond, Value *match, Value *rest);
bool is_exception_group(Value v);

/* except* helpers (compile.c: compile_try_star).  state list: [rest (group or None), raised exceptions (list), original exception, wrapped (bool)] */
static Value bi_eg_begin(Vm *vm, Value *args, int nargs, Value kw)
{
    if (nargs != 1 || !is_exception_instance(args[0]))
        return vm_raise(vm, &t_SystemError, "__eg_begin__: bad arguments");
    Value exc = args[0], rest = exc;
    bool wrapped = !is_exception_group(exc);
    if (wrapped) {
        Value one = list_from_array(vm, &exc, 1);
        Value gargs[2] = {str_new(vm, "", 0), one};
        if (!one || !gargs[0])
            return VAL_NULL;
        const TypeObj *gt = type_is_subtype(TYPE_OF(exc), &t_Exception) ? &t_ExceptionGroup : &t_BaseExceptionGroup;
        rest = type_call_impl(vm, OBJ_VAL(gt), gargs, 2, VAL_NULL);
        if (!rest)
            return VAL_NULL;
    }
    Value raised = list_new(vm, 0);
    if (!raised)
        return VAL_NULL;
    Value items[4] = {rest, raised, exc, VAL_BOOL(wrapped)};
    return list_from_array(vm, items, 4);
}

static Value bi_eg_match(Vm *vm, Value *args, int nargs, Value kw)
{
    if (nargs != 2 || !IS_LIST(args[0]) || AS_LIST(args[0])->len != 4)
        return vm_raise(vm, &t_SystemError, "__eg_match__: bad arguments");
    Value spec = args[1];
    Value *specs = IS_TUPLE(spec) ? TUPLE_ITEMS(spec) : &spec;
    size_t nspecs = IS_TUPLE(spec) ? TUPLE_LEN(spec) : 1;
    for (size_t i = 0; i < nspecs; i++) {
        if (!is_exception_type(specs[i]))
            return vm_raise(vm, &t_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        if (type_is_subtype((const TypeObj *)AS_OBJ(specs[i]), &t_BaseExceptionGroup))
            return vm_raise(vm, &t_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
    Value *state = AS_LIST(args[0])->items;
    if (state[0] == VAL_NONE)
        return VAL_NONE;
    Value match, rest;
    if (exc_group_split(vm, state[0], spec, &match, &rest) < 0)
        return VAL_NULL;
    state[0] = rest;
    return match;
}

/* __eg_raised__(exception raised by a handler, state) */
static Value bi_eg_raised(Vm *vm, Value *args, int nargs, Value kw)
{
    if (nargs != 2 || !IS_LIST(args[1]) || AS_LIST(args[1])->len != 4)
        return vm_raise(vm, &t_SystemError, "__eg_raised__: bad arguments");
    return list_append(vm, AS_LIST(args[1])->items[1], args[0]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value bi_eg_finish(Vm *vm, Value *args, int nargs, Value kw)
{
    if (nargs != 1 || !IS_LIST(args[0]) || AS_LIST(args[0])->len != 4)
        return vm_raise(vm, &t_SystemError, "__eg_finish__: bad arguments");
    Value *state = AS_LIST(args[0])->items;
    Value rest = state[0], raised = state[1], orig = state[2];
    ListObj *rl = AS_LIST(raised);
    bool untouched = rest != VAL_NONE && state[3] == VAL_TRUE && rl->len == 0;
    if (rl->len == 0) {
        if (rest == VAL_NONE)
            return VAL_NONE;
        /* nothing matched: the original exception goes on unchanged */
        if (untouched || rest == orig)
            return orig;
        return rest;
    }
    if (rest == VAL_NONE && rl->len == 1)
        return rl->items[0];
    Value all = list_from_array(vm, rl->items, rl->len);
    if (!all || (rest != VAL_NONE && list_append(vm, all, state[3] == VAL_TRUE ? orig : rest) < 0))
        return VAL_NULL;
    Value gargs[2] = {str_new(vm, "", 0), all};
    if (!gargs[0])
        return VAL_NULL;
    return type_call_impl(vm, OBJ_VAL(&t_BaseExceptionGroup), gargs, 2, VAL_NULL);
}

/* --------------------------------------------------------------- table */

static const BuiltinFunc builtin_functions[] = {
    BUILTIN_STATIC("print", bi_print),
    BUILTIN_STATIC("len", bi_len),
    BUILTIN_STATIC("repr", bi_repr),
    BUILTIN_STATIC("ascii", bi_ascii),
    BUILTIN_STATIC("hash", bi_hash),
    BUILTIN_STATIC("id", bi_id),
    BUILTIN_STATIC("callable", bi_callable),
    BUILTIN_STATIC("isinstance", bi_isinstance),
    BUILTIN_STATIC("issubclass", bi_issubclass),
    BUILTIN_STATIC("getattr", bi_getattr),
    BUILTIN_STATIC("setattr", bi_setattr),
    BUILTIN_STATIC("delattr", bi_delattr),
    BUILTIN_STATIC("hasattr", bi_hasattr),
    BUILTIN_STATIC("iter", bi_iter),
    BUILTIN_STATIC("next", gen_next_entry),
    BUILTIN_STATIC("abs", bi_abs),
    BUILTIN_STATIC("divmod", bi_divmod),
    BUILTIN_STATIC("pow", bi_pow),
    BUILTIN_STATIC("round", bi_round),
    BUILTIN_STATIC("chr", bi_chr),
    BUILTIN_STATIC("ord", bi_ord),
    BUILTIN_STATIC("hex", bi_hex),
    BUILTIN_STATIC("oct", bi_oct),
    BUILTIN_STATIC("bin", bi_bin),
    BUILTIN_STATIC("format", bi_format),
    BUILTIN_STATIC("sum", bi_sum),
    BUILTIN_STATIC("any", bi_any),
    BUILTIN_STATIC("all", bi_all),
    BUILTIN_STATIC("min", bi_min),
    BUILTIN_STATIC("max", bi_max),
    BUILTIN_STATIC("sorted", bi_sorted),
    BUILTIN_STATIC("vars", bi_vars),
    BUILTIN_STATIC("dir", bi_dir),
    BUILTIN_STATIC("globals", bi_globals),
    BUILTIN_STATIC("locals", bi_locals),
    BUILTIN_STATIC("__build_class__", bi_build_class),
    BUILTIN_STATIC("__eg_begin__", bi_eg_begin),
    BUILTIN_STATIC("__eg_match__", bi_eg_match),
    BUILTIN_STATIC("__eg_raised__", bi_eg_raised),
    BUILTIN_STATIC("__eg_finish__", bi_eg_finish),
};

int builtins_init(Vm *vm)
{
    Value b = dict_new(vm);
    if (!b)
        return -1;
    vm->builtins = b;
    for (size_t i = 0; i < sizeof builtin_functions / sizeof builtin_functions[0]; i++)
        if (dict_set_cstr(vm, b, builtin_functions[i].name, OBJ_VAL(&builtin_functions[i])) < 0)
            return -1;
    static const TypeObj *const types[] = {
        &t_object, &t_type, &t_bool, &t_int, &t_float, &t_complex, &t_str, &t_bytes, &t_bytearray, &t_list, &t_tuple,
        &t_dict, &t_set, &t_frozenset, &t_range, &t_slice, &t_property, &t_staticmethod, &t_classmethod,
        &t_super, &t_enumerate, &t_zip, &t_map, &t_filter, &t_reversed,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (dict_set_cstr(vm, b, types[i]->name, OBJ_VAL(types[i])) < 0)
            return -1;
#define ADD_EXC(name, base) if (dict_set_cstr(vm, b, #name, OBJ_VAL(&t_##name)) < 0) return -1;
    CORRAL_EXCEPTION_TYPES(ADD_EXC)
#undef ADD_EXC
    if (dict_set_cstr(vm, b, "None", VAL_NONE) < 0 || dict_set_cstr(vm, b, "True", VAL_TRUE) < 0 ||
        dict_set_cstr(vm, b, "False", VAL_FALSE) < 0 || dict_set_cstr(vm, b, "NotImplemented", VAL_NOTIMPL) < 0 ||
        dict_set_cstr(vm, b, "Ellipsis", VAL_ELLIPSIS) < 0 ||
        dict_set_cstr(vm, b, "__debug__", VAL_TRUE) < 0)
        return -1;
    return 0;
}
