/* The bisect module (CPython 3.11's _bisect): binary search and insertion
 * in sorted sequences, with lo/hi/key.  Items are fetched afresh on every
 * step (the sequence may change under a user __lt__ or key). */
#include "modules.h"

typedef struct {
    Value seq, x, key;
    int64_t lo, hi;
} BisectArgs;

/* (a, x, lo=0, hi=None, *, key=None) */
static int parse_bisect(Vm *vm, const char *name, Value *args, int nargs, Value kwnames, BisectArgs *out)
{
    static const char *const names[] = {"a", "x", "lo", "hi", "key", NULL};
    Value a[5];
    if (nargs > 5) {
        vm_raise(vm, &t_TypeError, "%s() takes at most 5 arguments (%d given)", name, nargs);
        return -1;
    }
    if (nargs > 4) {
        vm_raise(vm, &t_TypeError, "%s() takes at most 4 positional arguments (%d given)", name, nargs);
        return -1;
    }
    if (arg_parse(vm, name, args, nargs, kwnames, names, 0, 2, a) < 0)
        return -1;
    out->seq = a[0];
    out->x = a[1];
    out->key = a[4] && a[4] != VAL_NONE ? a[4] : VAL_NULL;
    out->lo = 0;
    if (a[2] && obj_index(vm, a[2], &out->lo) < 0)
        return -1;
    out->hi = -1;
    if (a[3] && a[3] != VAL_NONE) {
        if (!is_intlike(a[3]) && !type_lookup_cstr(vm, TYPE_OF(a[3]), "__index__")) {
            vm_raise(vm, &t_TypeError, "argument should be integer or None, not '%s'", type_name_of(a[3]));
            return -1;
        }
        if (obj_index(vm, a[3], &out->hi) < 0)
            return -1;
    }
    return 0;
}

/* right: first index whose item is > x; else first index whose item is >= x.
 * Returns the index or -1 on error. */
static int64_t bisect_core(Vm *vm, Value seq, Value x, int64_t lo, int64_t hi, Value key, bool right)
{
    if (lo < 0) {
        vm_raise(vm, &t_ValueError, "lo must be non-negative");
        return -1;
    }
    if (hi == -1) {
        hi = obj_len(vm, seq);
        if (hi < 0)
            return -1;
    }
    while (lo < hi) {
        if (vm_tick(vm) < 0)
            return -1;
        int64_t mid = lo + (hi - lo) / 2;
        Value item;
        if (IS_LIST(seq)) {
            if ((uint64_t)mid >= AS_LIST(seq)->len) {
                vm_raise(vm, &t_IndexError, "list index out of range");
                return -1;
            }
            item = AS_LIST(seq)->items[mid];
        } else {
            item = obj_getitem(vm, seq, MAKE_SMALLINT(mid));
        }
        if (!item)
            return -1;
        if (key && !(item = vm_call(vm, key, &item, 1, VAL_NULL)))
            return -1;
        int lt = right ? obj_richcompare_bool(vm, x, item, CMP_LT) : obj_richcompare_bool(vm, item, x, CMP_LT);
        if (lt < 0)
            return -1;
        if (right ? lt : !lt)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static Value do_bisect(Vm *vm, const char *name, Value *args, int nargs, Value kwnames, bool right)
{
    BisectArgs b;
    if (parse_bisect(vm, name, args, nargs, kwnames, &b) < 0)
        return VAL_NULL;
    int64_t i = bisect_core(vm, b.seq, b.x, b.lo, b.hi, b.key, right);
    return i < 0 ? VAL_NULL : int_from_i64(vm, i);
}

static Value do_insort(Vm *vm, const char *name, Value *args, int nargs, Value kwnames, bool right)
{
    BisectArgs b;
    if (parse_bisect(vm, name, args, nargs, kwnames, &b) < 0)
        return VAL_NULL;
    Value probe = b.x;
    if (b.key && !(probe = vm_call(vm, b.key, &b.x, 1, VAL_NULL)))
        return VAL_NULL;
    int64_t i = bisect_core(vm, b.seq, probe, b.lo, b.hi, b.key, right);
    if (i < 0)
        return VAL_NULL;
    if (IS_LIST(b.seq)) {
        ListObj *l = AS_LIST(b.seq);
        if (list_append(vm, b.seq, b.x) < 0)
            return VAL_NULL;
        /* list.insert clamps the position to the length */
        size_t pos = (uint64_t)i < l->len - 1 ? (size_t)i : l->len - 1;
        memmove(l->items + pos + 1, l->items + pos, (l->len - 1 - pos) * sizeof(Value));
        l->items[pos] = b.x;
        return VAL_NONE;
    }
    Value call_args[2] = {int_from_i64(vm, i), b.x};
    if (!call_args[0])
        return VAL_NULL;
    Value r = vm_call_method(vm, b.seq, "insert", call_args, 2);
    return r ? VAL_NONE : VAL_NULL;
}

static Value bs_bisect_left(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return do_bisect(vm, "bisect_left", args, nargs, kwnames, false);
}

static Value bs_bisect_right(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return do_bisect(vm, "bisect_right", args, nargs, kwnames, true);
}

static Value bs_insort_left(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return do_insort(vm, "insort_left", args, nargs, kwnames, false);
}

static Value bs_insort_right(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return do_insort(vm, "insort_right", args, nargs, kwnames, true);
}

static const BuiltinFunc bisect_functions[] = {
    BUILTIN_STATIC("bisect_left", bs_bisect_left),
    BUILTIN_STATIC("bisect_right", bs_bisect_right),
    BUILTIN_STATIC("insort_left", bs_insort_left),
    BUILTIN_STATIC("insort_right", bs_insort_right),
};

static Value bisect_init(Vm *vm)
{
    Value m = module_new(vm, "bisect");
    if (!m || module_add_functions(vm, m, bisect_functions, sizeof bisect_functions / sizeof bisect_functions[0]) < 0)
        return VAL_NULL;
    /* bisect and insort are the _right functions under a second name, as in CPython */
    if (module_add(vm, m, "bisect", OBJ_VAL(&bisect_functions[1])) < 0 ||
        module_add(vm, m, "insort", OBJ_VAL(&bisect_functions[3])) < 0)
        return VAL_NULL;
    return m;
}

const ModuleDef corral_module_bisect = {"bisect", bisect_init, NULL};
