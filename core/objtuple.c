/* Corral core: tuple and its iterator, plus sequence helpers shared with
 * list (lexicographic comparison, item reprs, subscript conversion). */
#include "containers.h"
#include "opcodes.h"
#include "vm.h"

/* ------------------------------------------------------ shared helpers */

int repeat_check(Vm *vm, int64_t count, size_t len, size_t itemsize)
{
    if (count <= 0 || len == 0)
        return 0;
    if ((uint64_t)count > (SIZE_MAX / itemsize) / len)
        return mem_check(vm, SIZE_MAX);
    return mem_check(vm, (size_t)count * len * itemsize);
}

int repeat_fill(Vm *vm, Value *items, size_t len, size_t total)
{
    size_t done = len;
    while (done < total) {
        size_t chunk = done < total - done ? done : total - done;
        memcpy(items + done, items, chunk * sizeof(Value));
        done += chunk;
        if (vm_tick(vm) < 0)
            return -1;
    }
    return 0;
}

int seq_subscript_index(Vm *vm, Value key, const char *what, int64_t *out)
{
    if (IS_SMALLINT(key)) {
        *out = SMALLINT_VALUE(key);
        return 0;
    }
    if (IS_OBJ(key) && (is_intlike(key) || type_lookup_cstr(vm, AS_OBJ(key)->type, "__index__") != VAL_NULL))
        return obj_index(vm, key, out);
    vm_raise(vm, &t_TypeError, "%s indices must be integers or slices, not %T", what, key);
    return -1;
}

static Value seq_richcompare_nested(Vm *vm, Value a, Value b, int op);

Value seq_richcompare(Vm *vm, Value a, Value b, int op)
{
    if (nest_enter(vm, " in comparison") < 0)
        return VAL_NULL;
    Value r = seq_richcompare_nested(vm, a, b, op);
    nest_leave(vm);
    return r;
}

static Value seq_richcompare_nested(Vm *vm, Value a, Value b, int op)
{
    size_t i = 0;
    for (;; i++) {
        if (i >= seq_len_of(a) || i >= seq_len_of(b))
            break;
        Value x = seq_items_of(a)[i], y = seq_items_of(b)[i];
        int r = obj_eq(vm, x, y);
        if (r < 0)
            return VAL_NULL;
        if (!r) {
            if (op == CMP_EQ)
                return VAL_FALSE;
            if (op == CMP_NE)
                return VAL_TRUE;
            return obj_richcompare(vm, x, y, op);
        }
        if ((i & CONTAINER_TICK_MASK) == CONTAINER_TICK_MASK && vm_tick(vm) < 0)
            return VAL_NULL;
    }
    size_t la = seq_len_of(a), lb = seq_len_of(b);
    bool r;
    switch (op) {
    case CMP_LT: r = la < lb; break;
    case CMP_LE: r = la <= lb; break;
    case CMP_EQ: r = la == lb; break;
    case CMP_NE: r = la != lb; break;
    case CMP_GT: r = la > lb; break;
    default: r = la >= lb; break;
    }
    return VAL_BOOL(r);
}

int seq_repr_items(Vm *vm, StrBuf *sb, Value seq)
{
    for (size_t i = 0; i < seq_len_of(seq); i++) {
        if (i > 0)
            sb_append(sb, ", ", 2);
        Value r = obj_repr(vm, seq_items_of(seq)[i]);
        if (r == VAL_NULL)
            return -1;
        sb_append_value_str(sb, r);
        if (sb->failed)
            return -1;
        if ((i & CONTAINER_TICK_MASK) == CONTAINER_TICK_MASK && vm_tick(vm) < 0)
            return -1;
    }
    return 0;
}

/* ----------------------------------------------------------------- tuple */

static Value tuple_alloc(Vm *vm, const TypeObj *type, size_t len)
{
    size_t base = type->basicsize ? type->basicsize : sizeof(TupleObj);
    if (len > (UINT32_MAX - base) / sizeof(Value)) {
        vm_raise_memory(vm);
        return VAL_NULL;
    }
    TupleObj *t = (TupleObj *)obj_alloc(vm, type, base + len * sizeof(Value));
    if (!t)
        return VAL_NULL;
    t->len = len;
    t->hash = -1;
    return OBJ_VAL(t);
}

Value tuple_new(Vm *vm, size_t len)
{
    Value t = tuple_alloc(vm, &t_tuple, len);
    if (t == VAL_NULL)
        return VAL_NULL;
    for (size_t i = 0; i < len; i++)
        TUPLE_ITEMS(t)[i] = VAL_NONE;
    return t;
}

Value tuple_from_array(Vm *vm, const Value *items, size_t len)
{
    Value t = tuple_alloc(vm, &t_tuple, len);
    if (t == VAL_NULL)
        return VAL_NULL;
    if (len)
        memcpy(TUPLE_ITEMS(t), items, len * sizeof(Value));
    return t;
}

Value tuple_pack1(Vm *vm, Value a) { return tuple_from_array(vm, &a, 1); }

Value tuple_pack2(Vm *vm, Value a, Value b)
{
    Value items[2] = {a, b};
    return tuple_from_array(vm, items, 2);
}

Value tuple_pack3(Vm *vm, Value a, Value b, Value c)
{
    Value items[3] = {a, b, c};
    return tuple_from_array(vm, items, 3);
}

Value tuple_from_iterable(Vm *vm, Value iterable)
{
    if (IS_TUPLE(iterable))
        return iterable;
    if (IS_LIST_LIKE(iterable) || IS_TUPLE_LIKE(iterable))
        return tuple_from_array(vm, seq_items_of(iterable), seq_len_of(iterable));
    Value list = list_from_iterable(vm, iterable);
    if (list == VAL_NULL)
        return VAL_NULL;
    return tuple_from_array(vm, AS_LIST(list)->items, AS_LIST(list)->len);
}

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

/* CPython 3.8+'s xxHash-derived tuple hash, so hash((1, 2)) matches. */
static int tuple_hash(Vm *vm, Value self, int64_t *out)
{
    TupleObj *t = AS_TUPLE(self);
    if (t->hash != -1) {
        *out = t->hash;
        return 0;
    }
    uint64_t acc = XXPRIME_5;
    if (nest_enter(vm, " while calling a Python object") < 0)
        return -1;
    for (size_t i = 0; i < t->len; i++) {
        int64_t lane;
        if (key_hash(vm, t->items[i], &lane) < 0) {
            nest_leave(vm);
            return -1;
        }
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    nest_leave(vm);
    acc += (uint64_t)t->len ^ (XXPRIME_5 ^ 3527539ULL);
    int64_t h = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
    if (!(t->hdr.gc_flags & OBJ_FROZEN))
        t->hash = h;
    *out = h;
    return 0;
}

static Value tuple_repr(Vm *vm, Value self)
{
    size_t len = TUPLE_LEN(self);
    if (len == 0)
        return str_from_cstr(vm, "()");
    int busy = repr_enter(vm, self);
    if (busy < 0)
        return VAL_NULL;
    if (busy)
        return str_from_cstr(vm, "(...)");
    StrBuf sb;
    sb_init(&sb, vm);
    sb_append_char(&sb, '(');
    int r = seq_repr_items(vm, &sb, self);
    repr_leave(vm, self);
    if (r < 0) {
        sb_free(&sb);
        return VAL_NULL;
    }
    if (len == 1)
        sb_append_char(&sb, ',');
    sb_append_char(&sb, ')');
    return sb_finish(&sb);
}

static Value tuple_richcompare(Vm *vm, Value a, Value b, int op)
{
    if (!IS_TUPLE_LIKE(a) || !IS_TUPLE_LIKE(b))
        return VAL_NOTIMPL;
    return seq_richcompare(vm, a, b, op);
}

static Value tuple_iter(Vm *vm, Value self)
{
    IterObj *it = (IterObj *)obj_alloc(vm, &t_tuple_iterator, sizeof(IterObj));
    if (!it)
        return VAL_NULL;
    it->seq = self;
    return OBJ_VAL(it);
}

static Value tupleiter_next(Vm *vm, Value self)
{
    IterObj *it = (IterObj *)AS_OBJ(self);
    if (it->seq == VAL_NULL)
        return VAL_NULL;
    if ((size_t)it->index < TUPLE_LEN(it->seq))
        return TUPLE_ITEMS(it->seq)[it->index++];
    it->seq = VAL_NULL;
    return VAL_NULL;
}

static int64_t tuple_len(Vm *vm, Value self) { return (int64_t)TUPLE_LEN(self); }

static Value tuple_getitem(Vm *vm, Value self, Value key)
{
    int64_t len = (int64_t)TUPLE_LEN(self);
    if (IS_SLICE(key)) {
        int64_t start, stop, step, n;
        if (slice_indices(vm, key, len, &start, &stop, &step, &n) < 0)
            return VAL_NULL;
        if (step == 1 && n == len && IS_TUPLE(self))
            return self;
        Value t = tuple_alloc(vm, &t_tuple, (size_t)n);
        if (t == VAL_NULL)
            return VAL_NULL;
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            TUPLE_ITEMS(t)[i] = TUPLE_ITEMS(self)[j];
        return t;
    }
    int64_t i;
    if (seq_subscript_index(vm, key, "tuple", &i) < 0)
        return VAL_NULL;
    if (i < 0)
        i += len;
    if (i < 0 || i >= len)
        return vm_raise(vm, &t_IndexError, "tuple index out of range");
    return TUPLE_ITEMS(self)[i];
}

static int tuple_contains(Vm *vm, Value self, Value item)
{
    for (size_t i = 0; i < TUPLE_LEN(self); i++) {
        int r = obj_eq(vm, TUPLE_ITEMS(self)[i], item);
        if (r != 0)
            return r;
        if ((i & CONTAINER_TICK_MASK) == CONTAINER_TICK_MASK && vm_tick(vm) < 0)
            return -1;
    }
    return 0;
}

static void tuple_trace(Vm *vm, Obj *self)
{
    TupleObj *t = (TupleObj *)self;
    for (size_t i = 0; i < t->len; i++)
        if (IS_OBJ(t->items[i]))
            gc_mark(vm, t->items[i]);
}

/* True if a heap-typed operand defines the reflected method, so the
 * generic dispatcher should get a chance to call it. */
static bool defers_to_reflected(Vm *vm, Value other, const char *rname)
{
    return IS_OBJ(other) && (AS_OBJ(other)->type->flags & TF_HEAPTYPE) &&
           type_lookup_cstr(vm, AS_OBJ(other)->type, rname) != VAL_NULL;
}

static Value tuple_repeat(Vm *vm, Value seq, Value count)
{
    int64_t n;
    if (!is_intlike(count) && !(IS_OBJ(count) && type_lookup_cstr(vm, AS_OBJ(count)->type, "__index__"))) {
        if (defers_to_reflected(vm, count, "__rmul__"))
            return VAL_NOTIMPL;
        return vm_raise(vm, &t_TypeError, "can't multiply sequence by non-int of type '%s'", type_name_of(count));
    }
    if (obj_index(vm, count, &n) < 0) {
        if (vm_exc_matches(vm, &t_OverflowError)) {
            vm_exc_clear(vm);
            if (int_sign(count) < 0)
                n = 0;
            else
                return vm_raise(vm, &t_OverflowError, "cannot fit 'int' into an index-sized integer");
        } else {
            return VAL_NULL;
        }
    }
    size_t len = TUPLE_LEN(seq);
    if (n <= 0 || len == 0)
        return tuple_new(vm, 0);
    if (n == 1 && IS_TUPLE(seq))
        return seq;
    if (repeat_check(vm, n, len, sizeof(Value)) < 0)
        return VAL_NULL;
    Value t = tuple_alloc(vm, &t_tuple, len * (size_t)n);
    if (t == VAL_NULL)
        return VAL_NULL;
    memcpy(TUPLE_ITEMS(t), TUPLE_ITEMS(seq), len * sizeof(Value));
    if (repeat_fill(vm, TUPLE_ITEMS(t), len, len * (size_t)n) < 0) {
        /* the tuple is garbage; leave it fully initialised for the GC */
        for (size_t i = len; i < len * (size_t)n; i++)
            TUPLE_ITEMS(t)[i] = VAL_NONE;
        return VAL_NULL;
    }
    return t;
}

static Value tuple_binop(Vm *vm, int op, Value a, Value b)
{
    op &= 15;
    if (op == BINOP_ADD) {
        if (!IS_TUPLE_LIKE(a))
            return VAL_NOTIMPL;
        if (!IS_TUPLE_LIKE(b)) {
            if (defers_to_reflected(vm, b, "__radd__"))
                return VAL_NOTIMPL;
            return vm_raise(vm, &t_TypeError, "can only concatenate tuple (not \"%s\") to tuple", type_name_of(b));
        }
        size_t la = TUPLE_LEN(a), lb = TUPLE_LEN(b);
        if (lb == 0 && IS_TUPLE(a))
            return a;
        if (la == 0 && IS_TUPLE(b))
            return b;
        Value t = tuple_alloc(vm, &t_tuple, la + lb);
        if (t == VAL_NULL)
            return VAL_NULL;
        memcpy(TUPLE_ITEMS(t), TUPLE_ITEMS(a), la * sizeof(Value));
        memcpy(TUPLE_ITEMS(t) + la, TUPLE_ITEMS(b), lb * sizeof(Value));
        return t;
    }
    if (op == BINOP_MUL) {
        if (IS_TUPLE_LIKE(a))
            return tuple_repeat(vm, a, b);
        return tuple_repeat(vm, b, a);
    }
    return VAL_NOTIMPL;
}

static Value tuple_new_slot(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    if (kwnames != VAL_NULL && TUPLE_LEN(kwnames) > 0 && type == &t_tuple)
        return vm_raise(vm, &t_TypeError, "tuple() takes no keyword arguments");
    if (nargs > 1)
        return vm_raise(vm, &t_TypeError, "tuple expected at most 1 argument, got %d", nargs);
    if (type == &t_tuple)
        return nargs == 0 ? tuple_new(vm, 0) : tuple_from_iterable(vm, args[0]);
    Value items = nargs == 0 ? tuple_new(vm, 0) : tuple_from_iterable(vm, args[0]);
    if (items == VAL_NULL)
        return VAL_NULL;
    Value t = tuple_alloc(vm, type, TUPLE_LEN(items));
    if (t == VAL_NULL)
        return VAL_NULL;
    memcpy(AS_TUPLE(t)->items, TUPLE_ITEMS(items), TUPLE_LEN(items) * sizeof(Value));
    return t;
}

/* Shared search for tuple.index / list.index: start/stop clamp like
 * CPython's slice bounds. */
int64_t seq_find(Vm *vm, Value seq, Value item, int64_t start, int64_t stop)
{
    int64_t len = (int64_t)seq_len_of(seq);
    if (start < 0) {
        start += len;
        if (start < 0)
            start = 0;
    }
    if (stop < 0) {
        stop += len;
        if (stop < 0)
            stop = 0;
    }
    for (int64_t i = start; i < stop && i < (int64_t)seq_len_of(seq); i++) {
        int r = obj_eq(vm, seq_items_of(seq)[i], item);
        if (r < 0)
            return -2;
        if (r)
            return i;
        if ((i & CONTAINER_TICK_MASK) == CONTAINER_TICK_MASK && vm_tick(vm) < 0)
            return -2;
    }
    return -1;
}

/* Parse the optional start/stop of index(): ints or __index__, big values clamp. */
int seq_index_bounds(Vm *vm, Value *args, int nargs, int64_t *start, int64_t *stop)
{
    *start = 0;
    *stop = INT64_MAX;
    for (int k = 0; k < 2 && k < nargs; k++) {
        int64_t *dst = k == 0 ? start : stop;
        Value v = args[k];
        if (IS_SMALLINT(v)) {
            *dst = SMALLINT_VALUE(v);
        } else if (IS_INT(v) || is_intlike(v)) {
            if (!int_to_i64(v, dst))
                *dst = int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX;
        } else if (obj_index(vm, v, dst) < 0) {
            if (vm_exc_matches(vm, &t_TypeError)) {
                vm_exc_clear(vm);
                vm_raise(vm, &t_TypeError, "slice indices must be integers or have an __index__ method");
            }
            return -1;
        }
    }
    return 0;
}

int64_t seq_count(Vm *vm, Value seq, Value item)
{
    int64_t n = 0;
    for (size_t i = 0; i < seq_len_of(seq); i++) {
        int r = obj_eq(vm, seq_items_of(seq)[i], item);
        if (r < 0)
            return -1;
        n += r;
        if ((i & CONTAINER_TICK_MASK) == CONTAINER_TICK_MASK && vm_tick(vm) < 0)
            return -1;
    }
    return n;
}

static Value tuplem_index(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "index", nargs - 1, kwnames, 1, 3) < 0)
        return VAL_NULL;
    int64_t start, stop;
    if (seq_index_bounds(vm, args + 2, nargs - 2, &start, &stop) < 0)
        return VAL_NULL;
    int64_t i = seq_find(vm, args[0], args[1], start, stop);
    if (i == -2)
        return VAL_NULL;
    if (i < 0)
        return vm_raise(vm, &t_ValueError, "tuple.index(x): x not in tuple");
    return MAKE_SMALLINT(i);
}

static Value tuplem_count(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "tuple.count", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    int64_t n = seq_count(vm, args[0], args[1]);
    return n < 0 ? VAL_NULL : MAKE_SMALLINT(n);
}

static Value tuplem_getnewargs(Vm *vm, Value *args, int nargs, Value kwnames)
{
    Value t = tuple_from_array(vm, TUPLE_ITEMS(args[0]), TUPLE_LEN(args[0]));
    return t == VAL_NULL ? VAL_NULL : tuple_pack1(vm, t);
}

static Value tuplem_getitem(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "tuple.__getitem__", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    return tuple_getitem(vm, args[0], args[1]);
}

static Value tuplem_len(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return MAKE_SMALLINT((int64_t)TUPLE_LEN(args[0]));
}

static Value class_getitem(Vm *vm, Value *args, int nargs, Value kwnames)
{
    /* list[int] in annotations: no GenericAlias type, the class stands in */
    return args[0];
}

static const BuiltinFunc tuple_methods[] = {
    BUILTIN_CLASSMETHOD("__class_getitem__", class_getitem),
    BUILTIN_METHOD("index", tuplem_index),
    BUILTIN_METHOD("count", tuplem_count),
    BUILTIN_METHOD("__getnewargs__", tuplem_getnewargs),
    BUILTIN_METHOD("__getitem__", tuplem_getitem),
    BUILTIN_METHOD("__len__", tuplem_len),
};

const TypeObj t_tuple = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "tuple",
    .base = &t_object,
    .layout = K_TUPLE,
    .basicsize = sizeof(TupleObj),
    .flags = TF_BASETYPE,
    .methods = tuple_methods,
    .nmethods = sizeof(tuple_methods) / sizeof(tuple_methods[0]),
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .new_ = tuple_new_slot,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .trace = tuple_trace,
    .binop = tuple_binop,
};

static Value iter_self(Vm *vm, Value self) { return self; }

static void seqiter_trace(Vm *vm, Obj *self)
{
    IterObj *it = (IterObj *)self;
    if (IS_OBJ(it->seq))
        gc_mark(vm, it->seq);
}

const TypeObj t_tuple_iterator = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "tuple_iterator",
    .base = &t_object,
    .layout = K_ITER,
    .basicsize = sizeof(IterObj),
    .flags = TF_ABSTRACT_NEW,
    .iter = iter_self,
    .iternext = tupleiter_next,
    .trace = seqiter_trace,
};
