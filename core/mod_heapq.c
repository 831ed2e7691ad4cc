/* The heapq module (CPython 3.11's _heapq plus nlargest/nsmallest).
 *
 * Comparisons call back into Python, which may mutate the heap: after
 * every comparison the list's size is re-checked (RuntimeError "list
 * changed size during iteration", as CPython) and items are re-read from
 * the list, never kept in stale pointers. */
#include "modules.h"

static bool is_list(Value v) { return obj_isinstance_type(v, &t_list); }

static int check_kw(Vm *vm, const char *name, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0) {
        vm_raise(vm, &t_TypeError, "_heapq.%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

/* heappop(heap), heapify(x): "_heapq.heappop() takes exactly one argument (0 given)",
 * "heappop() argument must be list, not tuple" */
static int check_one_list(Vm *vm, const char *name, Value *args, int nargs, Value kwnames)
{
    if (check_kw(vm, name, kwnames) < 0)
        return -1;
    if (nargs != 1) {
        vm_raise(vm, &t_TypeError, "_heapq.%s() takes exactly one argument (%d given)", name, nargs);
        return -1;
    }
    if (!is_list(args[0])) {
        vm_raise(vm, &t_TypeError, "%s() argument must be list, not %s", name, type_name_of(args[0]));
        return -1;
    }
    return 0;
}

/* heappush(heap, item) and friends: "heappush expected 2 arguments, got 1",
 * "heappush() argument 1 must be list, not tuple" */
static int check_two_list(Vm *vm, const char *name, Value *args, int nargs, Value kwnames)
{
    if (check_kw(vm, name, kwnames) < 0)
        return -1;
    if (nargs != 2) {
        vm_raise(vm, &t_TypeError, "%s expected 2 arguments, got %d", name, nargs);
        return -1;
    }
    if (!is_list(args[0])) {
        vm_raise(vm, &t_TypeError, "%s() argument 1 must be list, not %s", name, type_name_of(args[0]));
        return -1;
    }
    return 0;
}

static int size_changed(Vm *vm, ListObj *heap, size_t expected)
{
    if (heap->len != expected) {
        vm_raise(vm, &t_RuntimeError, "list changed size during iteration");
        return -1;
    }
    return 0;
}

/* Move the item at pos up towards startpos while it is smaller than its parent. */
static int sift_down(Vm *vm, ListObj *heap, size_t startpos, size_t pos)
{
    size_t size = heap->len;
    if (pos >= size) {
        vm_raise(vm, &t_IndexError, "list index out of range");
        return -1;
    }
    while (pos > startpos) {
        size_t parentpos = (pos - 1) >> 1;
        Value newitem = heap->items[pos];
        Value parent = heap->items[parentpos];
        int lt = obj_richcompare_bool(vm, newitem, parent, CMP_LT);
        if (lt < 0)
            return -1;
        if (size_changed(vm, heap, size) < 0)
            return -1;
        if (!lt)
            break;
        Value tmp = heap->items[parentpos];
        heap->items[parentpos] = heap->items[pos];
        heap->items[pos] = tmp;
        pos = parentpos;
    }
    return 0;
}

/* Bubble the smaller child up from pos to a leaf, then sift the item back down. */
static int sift_up(Vm *vm, ListObj *heap, size_t pos)
{
    size_t endpos = heap->len;
    size_t startpos = pos;
    if (pos >= endpos) {
        vm_raise(vm, &t_IndexError, "list index out of range");
        return -1;
    }
    size_t limit = endpos >> 1;
    while (pos < limit) {
        if (vm_tick(vm) < 0)
            return -1;
        size_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int lt = obj_richcompare_bool(vm, heap->items[childpos], heap->items[childpos + 1], CMP_LT);
            if (lt < 0)
                return -1;
            if (size_changed(vm, heap, endpos) < 0)
                return -1;
            if (!lt)
                childpos++;
        }
        Value tmp = heap->items[childpos];
        heap->items[childpos] = heap->items[pos];
        heap->items[pos] = tmp;
        pos = childpos;
    }
    return sift_down(vm, heap, startpos, pos);
}

static Value hq_heappush(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (check_two_list(vm, "heappush", args, nargs, kwnames) < 0)
        return VAL_NULL;
    if (list_append(vm, args[0], args[1]) < 0)
        return VAL_NULL;
    ListObj *heap = AS_LIST(args[0]);
    if (sift_down(vm, heap, 0, heap->len - 1) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value hq_heappop(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (check_one_list(vm, "heappop", args, nargs, kwnames) < 0)
        return VAL_NULL;
    ListObj *heap = AS_LIST(args[0]);
    if (heap->len == 0)
        return vm_raise(vm, &t_IndexError, "index out of range");
    Value last = heap->items[--heap->len];
    if (heap->len == 0)
        return last;
    Value result = heap->items[0];
    heap->items[0] = last;
    if (sift_up(vm, heap, 0) < 0)
        return VAL_NULL;
    return result;
}

static Value hq_heapreplace(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (check_two_list(vm, "heapreplace", args, nargs, kwnames) < 0)
        return VAL_NULL;
    ListObj *heap = AS_LIST(args[0]);
    if (heap->len == 0)
        return vm_raise(vm, &t_IndexError, "index out of range");
    Value result = heap->items[0];
    heap->items[0] = args[1];
    if (sift_up(vm, heap, 0) < 0)
        return VAL_NULL;
    return result;
}

static Value hq_heappushpop(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (check_two_list(vm, "heappushpop", args, nargs, kwnames) < 0)
        return VAL_NULL;
    ListObj *heap = AS_LIST(args[0]);
    if (heap->len == 0)
        return args[1];
    int lt = obj_richcompare_bool(vm, heap->items[0], args[1], CMP_LT);
    if (lt < 0)
        return VAL_NULL;
    if (!lt)
        return args[1];
    if (heap->len == 0)
        return vm_raise(vm, &t_IndexError, "index out of range");
    Value result = heap->items[0];
    heap->items[0] = args[1];
    if (sift_up(vm, heap, 0) < 0)
        return VAL_NULL;
    return result;
}

static Value hq_heapify(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (check_one_list(vm, "heapify", args, nargs, kwnames) < 0)
        return VAL_NULL;
    ListObj *heap = AS_LIST(args[0]);
    for (size_t i = heap->len / 2; i-- > 0;) {
        /* a callback may have shrunk the list: stop at its current size */
        if (i >= heap->len)
            continue;
        if (sift_up(vm, heap, i) < 0)
            return VAL_NULL;
    }
    return VAL_NONE;
}

/* nlargest/nsmallest(n, iterable, key=None): CPython documents them as
 * sorted(iterable, key=key, reverse=...)[:n]; a stable sort gives exactly
 * that, ties included. */
static Value n_extreme(Vm *vm, const char *name, Value *args, int nargs, Value kwnames, bool largest)
{
    static const char *const names[] = {"n", "iterable", "key", NULL};
    Value a[3];
    if (nargs > 2) {
        if (nargs > 3 || !kwnames || TUPLE_LEN(kwnames) == 0)
            return vm_raise(vm, &t_TypeError, "%s() takes 2 positional arguments but %d were given", name, nargs);
    }
    if (arg_parse(vm, name, args, nargs, kwnames, names, 0, 0, a) < 0)
        return VAL_NULL;
    if (!a[0])
        return vm_raise(vm, &t_TypeError, "%s() missing 2 required positional arguments: 'n' and 'iterable'", name);
    if (!a[1])
        return vm_raise(vm, &t_TypeError, "%s() missing 1 required positional argument: 'iterable'", name);
    Value key = a[2] && a[2] != VAL_NONE ? a[2] : VAL_NULL;
    Value list = list_from_iterable(vm, a[1]);
    if (!list)
        return VAL_NULL;
    int64_t n;
    if (!is_intlike(a[0])) {
        if (IS_FLOAT(a[0])) {
            double d = FLOAT_VALUE(a[0]);
            n = d != d ? 0 : d > 9e18 ? INT64_MAX : d < -9e18 ? INT64_MIN : (int64_t)d;
            if (n < 0 || (double)n < d)
                n = n < 0 ? 0 : n + 1;
        } else {
            return vm_raise(vm, &t_TypeError, "'<=' not supported between instances of '%s' and 'int'",
                            type_name_of(a[0]));
        }
    } else if (!int_to_i64(a[0], &n)) {
        n = int_sign(a[0]) < 0 ? 0 : INT64_MAX;
    }
    if (n <= 0)
        return list_new(vm, 0);
    if (list_sort(vm, list, key ? key : VAL_NONE, largest) < 0)
        return VAL_NULL;
    ListObj *l = AS_LIST(list);
    if ((uint64_t)n < l->len)
        l->len = (size_t)n;
    return list;
}

static Value hq_nlargest(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return n_extreme(vm, "nlargest", args, nargs, kwnames, true);
}

static Value hq_nsmallest(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return n_extreme(vm, "nsmallest", args, nargs, kwnames, false);
}

static const BuiltinFunc heapq_functions[] = {
    BUILTIN_STATIC("heappush", hq_heappush),
    BUILTIN_STATIC("heappop", hq_heappop),
    BUILTIN_STATIC("heapify", hq_heapify),
    BUILTIN_STATIC("heapreplace", hq_heapreplace),
    BUILTIN_STATIC("heappushpop", hq_heappushpop),
    BUILTIN_STATIC("nlargest", hq_nlargest),
    BUILTIN_STATIC("nsmallest", hq_nsmallest),
};

static Value heapq_init(Vm *vm)
{
    Value m = module_new(vm, "heapq");
    if (!m || module_add_functions(vm, m, heapq_functions, sizeof heapq_functions / sizeof heapq_functions[0]) < 0)
        return VAL_NULL;
    return m;
}

const ModuleDef corral_module_heapq = {"heapq", heapq_init, NULL};
