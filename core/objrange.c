/* Corral core: range (with big-int bounds), its iterator, slice objects
 * and index normalisation helpers. */
#include "containers.h"
#include "opcodes.h"
#include "vm.h"

#define RANGE(v) ((RangeObj *)AS_OBJ(v))
#define SLICE(v) ((SliceObj *)AS_OBJ(v))

/* ------------------------------------------------------ index helpers */

/* v as an exact int Value via int/bool/__index__; VAL_NULL with *found = 0
 * (no exception) if v has no __index__. */
static Value index_value(Vm *vm, Value v, int *found)
{
    *found = 1;
    if (IS_SMALLINT(v) || IS_TYPE(v, &t_int))
        return v;
    if (v == VAL_TRUE || v == VAL_FALSE)
        return MAKE_SMALLINT(v == VAL_TRUE);
    if (is_intlike(v))
        return int_add(vm, v, MAKE_SMALLINT(0));   /* int subclass -> exact int */
    Value r = vm_call_method_opt(vm, v, "__index__", NULL, 0, found);
    if (r == VAL_NULL)
        return VAL_NULL;
    if (!is_intlike(r))
        return vm_raise(vm, &t_TypeError, "__index__ returned non-int (type %s)", type_name_of(r));
    if (r == VAL_TRUE || r == VAL_FALSE)
        return MAKE_SMALLINT(r == VAL_TRUE);
    return r;
}

/* Like index_value but raises "'X' object cannot be interpreted as an integer". */
static Value as_index(Vm *vm, Value v)
{
    int found;
    Value r = index_value(vm, v, &found);
    if (r == VAL_NULL && !found)
        return vm_raise(vm, &t_TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(v));
    return r;
}

/* Clamp an int Value to [-INT64_MAX, INT64_MAX]. */
static int64_t clamp_i64(Value v)
{
    int64_t i;
    if (IS_SMALLINT(v))
        return SMALLINT_VALUE(v);
    if (int_to_i64(v, &i))
        return i < -INT64_MAX ? -INT64_MAX : i;
    return int_sign(v) < 0 ? -INT64_MAX : INT64_MAX;
}

int seq_index(Vm *vm, Value index, int64_t len, const char *what, int64_t *out)
{
    int64_t i;
    if (IS_SMALLINT(index)) {
        i = SMALLINT_VALUE(index);
    } else if (obj_index(vm, index, &i) < 0) {
        return -1;
    }
    if (i < 0)
        i += len;
    if (i < 0 || i >= len) {
        vm_raise(vm, &t_IndexError, "%s index out of range", what);
        return -1;
    }
    *out = i;
    return 0;
}

/* ---------------------------------------------------------------- slice */

Value slice_new(Vm *vm, Value start, Value stop, Value step)
{
    SliceObj *s = (SliceObj *)obj_alloc(vm, &t_slice, sizeof(SliceObj));
    if (!s)
        return VAL_NULL;
    s->start = start == VAL_NULL ? VAL_NONE : start;
    s->stop = stop == VAL_NULL ? VAL_NONE : stop;
    s->step = step == VAL_NULL ? VAL_NONE : step;
    return OBJ_VAL(s);
}

static int slice_component(Vm *vm, Value v, int64_t *out)
{
    int found;
    Value r = index_value(vm, v, &found);
    if (r == VAL_NULL) {
        if (!found)
            vm_raise(vm, &t_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    *out = clamp_i64(r);
    return 0;
}

static int64_t adjust_bound(int64_t i, int64_t length, int64_t step)
{
    if (i < 0) {
        i += length;
        if (i < 0)
            i = step < 0 ? -1 : 0;
    } else if (i >= length) {
        i = step < 0 ? length - 1 : length;
    }
    return i;
}

int slice_indices(Vm *vm, Value slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step, int64_t *slicelen)
{
    SliceObj *s = SLICE(slice);
    int64_t st = 1, a, b;
    if (s->step != VAL_NONE) {
        if (slice_component(vm, s->step, &st) < 0)
            return -1;
        if (st == 0) {
            vm_raise(vm, &t_ValueError, "slice step cannot be zero");
            return -1;
        }
    }
    if (s->start == VAL_NONE)
        a = st < 0 ? INT64_MAX : 0;
    else if (slice_component(vm, s->start, &a) < 0)
        return -1;
    if (s->stop == VAL_NONE)
        b = st < 0 ? -INT64_MAX : INT64_MAX;
    else if (slice_component(vm, s->stop, &b) < 0)
        return -1;
    a = adjust_bound(a, length, st);
    b = adjust_bound(b, length, st);
    int64_t n = 0;
    if (st < 0) {
        if (b < a)
            n = (a - b - 1) / (-st) + 1;
    } else if (a < b) {
        n = (b - a - 1) / st + 1;
    }
    *start = a;
    *stop = b;
    *step = st;
    *slicelen = n;
    return 0;
}

static Value slice_repr(Vm *vm, Value self)
{
    SliceObj *s = SLICE(self);
    StrBuf sb;
    sb_init(&sb, vm);
    sb_append_cstr(&sb, "slice(");
    Value parts[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; i++) {
        if (i)
            sb_append(&sb, ", ", 2);
        Value r = obj_repr(vm, parts[i]);
        if (r == VAL_NULL) {
            sb_free(&sb);
            return VAL_NULL;
        }
        sb_append_value_str(&sb, r);
    }
    sb_append_char(&sb, ')');
    return sb_finish(&sb);
}

static Value slice_richcompare(Vm *vm, Value a, Value b, int op)
{
    if (!IS_SLICE(a) || !IS_SLICE(b))
        return VAL_NOTIMPL;
    Value ta = tuple_pack3(vm, SLICE(a)->start, SLICE(a)->stop, SLICE(a)->step);
    Value tb = ta == VAL_NULL ? VAL_NULL : tuple_pack3(vm, SLICE(b)->start, SLICE(b)->stop, SLICE(b)->step);
    if (tb == VAL_NULL)
        return VAL_NULL;
    return obj_richcompare(vm, ta, tb, op);
}

static int slice_hash(Vm *vm, Value self, int64_t *out)
{
    vm_raise(vm, &t_TypeError, "unhashable type: 'slice'");
    return -1;
}

static void slice_trace(Vm *vm, Obj *self)
{
    SliceObj *s = (SliceObj *)self;
    if (IS_OBJ(s->start))
        gc_mark(vm, s->start);
    if (IS_OBJ(s->stop))
        gc_mark(vm, s->stop);
    if (IS_OBJ(s->step))
        gc_mark(vm, s->step);
}

static Value slice_new_slot(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    if (kwnames != VAL_NULL && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "slice() takes no keyword arguments");
    if (nargs < 1)
        return vm_raise(vm, &t_TypeError, "slice expected at least 1 argument, got %d", nargs);
    if (nargs > 3)
        return vm_raise(vm, &t_TypeError, "slice expected at most 3 arguments, got %d", nargs);
    if (nargs == 1)
        return slice_new(vm, VAL_NONE, args[0], VAL_NONE);
    return slice_new(vm, args[0], args[1], nargs == 3 ? args[2] : VAL_NONE);
}

static Value slicem_start(Vm *vm, Value *args, int nargs, Value kwnames) { return SLICE(args[0])->start; }
static Value slicem_stop(Vm *vm, Value *args, int nargs, Value kwnames) { return SLICE(args[0])->stop; }
static Value slicem_step(Vm *vm, Value *args, int nargs, Value kwnames) { return SLICE(args[0])->step; }

static Value slicem_indices(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "slice.indices", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    Value n = as_index(vm, args[1]);
    if (n == VAL_NULL)
        return VAL_NULL;
    if (int_sign(n) < 0)
        return vm_raise(vm, &t_ValueError, "length should not be negative");
    int64_t start, stop, step, len;
    if (slice_indices(vm, args[0], clamp_i64(n), &start, &stop, &step, &len) < 0)
        return VAL_NULL;
    return tuple_pack3(vm, MAKE_SMALLINT(start), MAKE_SMALLINT(stop), MAKE_SMALLINT(step));
}

static const BuiltinFunc slice_methods[] = {
    BUILTIN_GETTER("start", slicem_start),
    BUILTIN_GETTER("stop", slicem_stop),
    BUILTIN_GETTER("step", slicem_step),
    BUILTIN_METHOD("indices", slicem_indices),
};

const TypeObj t_slice = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "slice",
    .base = &t_object,
    .layout = K_SLICE,
    .basicsize = sizeof(SliceObj),
    .methods = slice_methods,
    .nmethods = sizeof(slice_methods) / sizeof(slice_methods[0]),
    .repr = slice_repr,
    .hash = slice_hash,
    .richcompare = slice_richcompare,
    .new_ = slice_new_slot,
    .trace = slice_trace,
};

/* ---------------------------------------------------------------- range */

/* Number of items as an int Value (may be big). */
static Value range_length_value(Vm *vm, Value start, Value stop, Value step)
{
    Value lo, hi, st;
    if (int_sign(step) > 0) {
        lo = start;
        hi = stop;
        st = step;
    } else {
        lo = stop;
        hi = start;
        st = int_neg(vm, step);
        if (st == VAL_NULL)
            return VAL_NULL;
    }
    if (int_cmp(lo, hi) >= 0)
        return MAKE_SMALLINT(0);
    /* (hi - lo - 1) // st + 1 */
    Value d = int_sub(vm, hi, lo);
    if (d == VAL_NULL)
        return VAL_NULL;
    d = int_sub(vm, d, MAKE_SMALLINT(1));
    if (d == VAL_NULL)
        return VAL_NULL;
    d = int_floordiv(vm, d, st);
    if (d == VAL_NULL)
        return VAL_NULL;
    return int_add(vm, d, MAKE_SMALLINT(1));
}

Value range_new(Vm *vm, Value start, Value stop, Value step)
{
    Value len = range_length_value(vm, start, stop, step);
    if (len == VAL_NULL)
        return VAL_NULL;
    RangeObj *r = (RangeObj *)obj_alloc(vm, &t_range, sizeof(RangeObj));
    if (!r)
        return VAL_NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    int64_t n, a, b, c;
    if (int_to_i64(len, &n)) {
        r->len = n;
    } else {
        r->len = -1;   /* too long for a C length: recomputed when needed */
    }
    /* every item fits in a small int: iteration and indexing stay in C */
    r->small = r->len >= 0 && IS_SMALLINT(start) && IS_SMALLINT(stop) && IS_SMALLINT(step) && int_to_i64(start, &a) && int_to_i64(stop, &b) && int_to_i64(step, &c) &&
               SMALLINT_FITS(a) && SMALLINT_FITS(b) && c > -((int64_t)1 << 40) && c < ((int64_t)1 << 40) &&
               SMALLINT_FITS(b + c) && SMALLINT_FITS(b - c);
    return OBJ_VAL(r);
}

static Value range_len_value_of(Vm *vm, Value self)
{
    RangeObj *r = RANGE(self);
    if (r->len >= 0)
        return int_from_i64(vm, r->len);
    return range_length_value(vm, r->start, r->stop, r->step);
}

static int64_t range_len(Vm *vm, Value self)
{
    RangeObj *r = RANGE(self);
    if (r->len < 0) {
        vm_raise(vm, &t_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return r->len;
}

static int range_truthy(Vm *vm, Value self) { return RANGE(self)->len != 0; }

/* start + i * step for an int Value i */
static Value range_item_value(Vm *vm, RangeObj *r, Value i)
{
    if (r->small && IS_SMALLINT(i))
        return MAKE_SMALLINT(SMALLINT_VALUE(r->start) + SMALLINT_VALUE(i) * SMALLINT_VALUE(r->step));
    Value p = int_mul(vm, i, r->step);
    return p == VAL_NULL ? VAL_NULL : int_add(vm, r->start, p);
}

/* One bound of a slice of a range, clamped to [lower, upper] (int Values). */
static Value slice_bound_value(Vm *vm, Value v, Value len, Value lower, Value upper, Value dflt)
{
    if (v == VAL_NONE)
        return dflt;
    int found;
    Value i = index_value(vm, v, &found);
    if (i == VAL_NULL) {
        if (!found)
            vm_raise(vm, &t_TypeError, "slice indices must be integers or None or have an __index__ method");
        return VAL_NULL;
    }
    if (int_sign(i) < 0) {
        i = int_add(vm, i, len);
        if (i == VAL_NULL)
            return VAL_NULL;
        return int_cmp(i, lower) < 0 ? lower : i;
    }
    return int_cmp(i, upper) > 0 ? upper : i;
}

/* range[slice] is a range; works for lengths beyond int64 too. */
static Value range_slice(Vm *vm, Value self, Value slice)
{
    RangeObj *r = RANGE(self);
    SliceObj *sl = SLICE(slice);
    Value step = MAKE_SMALLINT(1);
    if (sl->step != VAL_NONE) {
        int found;
        step = index_value(vm, sl->step, &found);
        if (step == VAL_NULL) {
            if (!found)
                vm_raise(vm, &t_TypeError, "slice indices must be integers or None or have an __index__ method");
            return VAL_NULL;
        }
        if (int_sign(step) == 0)
            return vm_raise(vm, &t_ValueError, "slice step cannot be zero");
    }
    Value len = range_len_value_of(vm, self);
    if (len == VAL_NULL)
        return VAL_NULL;
    bool neg = int_sign(step) < 0;
    Value lower = neg ? MAKE_SMALLINT(-1) : MAKE_SMALLINT(0);
    Value upper = neg ? int_sub(vm, len, MAKE_SMALLINT(1)) : len;
    if (upper == VAL_NULL)
        return VAL_NULL;
    Value start = slice_bound_value(vm, sl->start, len, lower, upper, neg ? upper : lower);
    if (start == VAL_NULL)
        return VAL_NULL;
    Value stop = slice_bound_value(vm, sl->stop, len, lower, upper, neg ? lower : upper);
    if (stop == VAL_NULL)
        return VAL_NULL;
    Value ns = range_item_value(vm, r, start);
    Value ne = ns == VAL_NULL ? VAL_NULL : range_item_value(vm, r, stop);
    Value nst = ne == VAL_NULL ? VAL_NULL : int_mul(vm, r->step, step);
    if (nst == VAL_NULL)
        return VAL_NULL;
    return range_new(vm, ns, ne, nst);
}

static Value range_getitem(Vm *vm, Value self, Value key)
{
    RangeObj *r = RANGE(self);
    if (IS_SLICE(key))
        return range_slice(vm, self, key);
    int found;
    Value i = index_value(vm, key, &found);
    if (i == VAL_NULL) {
        if (!found)
            return vm_raise(vm, &t_TypeError, "range indices must be integers or slices, not %s", type_name_of(key));
        return VAL_NULL;
    }
    Value len = range_len_value_of(vm, self);
    if (len == VAL_NULL)
        return VAL_NULL;
    if (int_sign(i) < 0) {
        i = int_add(vm, i, len);
        if (i == VAL_NULL)
            return VAL_NULL;
    }
    if (int_sign(i) < 0 || int_cmp(i, len) >= 0)
        return vm_raise(vm, &t_IndexError, "range object index out of range");
    return range_item_value(vm, r, i);
}

/* Exact-int membership in O(1): 1/0/-1. */
static int range_contains_int(Vm *vm, RangeObj *r, Value x)
{
    int s = int_sign(r->step);
    if (s > 0) {
        if (int_cmp(x, r->start) < 0 || int_cmp(x, r->stop) >= 0)
            return 0;
    } else {
        if (int_cmp(x, r->start) > 0 || int_cmp(x, r->stop) <= 0)
            return 0;
    }
    Value d = int_sub(vm, x, r->start);
    if (d == VAL_NULL)
        return -1;
    Value m = int_mod(vm, d, r->step);
    if (m == VAL_NULL)
        return -1;
    return int_sign(m) == 0;
}

static Value range_iter_new(Vm *vm, Value self, bool reversed);

static int range_contains(Vm *vm, Value self, Value x)
{
    RangeObj *r = RANGE(self);
    if (IS_SMALLINT(x) || IS_TYPE(x, &t_int) || IS_BOOL(x))
        return range_contains_int(vm, r, IS_BOOL(x) ? MAKE_SMALLINT(x == VAL_TRUE) : x);
    Value it = range_iter_new(vm, self, false);
    if (it == VAL_NULL)
        return -1;
    for (uint32_t n = 1;; n++) {
        Value y = obj_iternext(vm, it);
        if (y == VAL_NULL)
            return vm_exc_pending(vm) ? -1 : 0;
        int c = obj_eq(vm, y, x);
        if (c != 0)
            return c;
        if ((n & CONTAINER_TICK_MASK) == 0 && vm_tick(vm) < 0)
            return -1;
    }
}

static Value range_repr(Vm *vm, Value self)
{
    RangeObj *r = RANGE(self);
    bool step1 = IS_SMALLINT(r->step) && SMALLINT_VALUE(r->step) == 1;
    Value parts[3] = {r->start, r->stop, r->step};
    StrBuf sb;
    sb_init(&sb, vm);
    sb_append_cstr(&sb, "range(");
    for (int i = 0; i < (step1 ? 2 : 3); i++) {
        if (i)
            sb_append(&sb, ", ", 2);
        Value s = obj_repr(vm, parts[i]);
        if (s == VAL_NULL) {
            sb_free(&sb);
            return VAL_NULL;
        }
        sb_append_value_str(&sb, s);
    }
    sb_append_char(&sb, ')');
    return sb_finish(&sb);
}

/* equal when they produce the same sequence */
static int range_equal(Vm *vm, RangeObj *a, RangeObj *b)
{
    if (a == b)
        return 1;
    Value la = range_length_value(vm, a->start, a->stop, a->step);
    Value lb = la == VAL_NULL ? VAL_NULL : range_length_value(vm, b->start, b->stop, b->step);
    if (lb == VAL_NULL)
        return -1;
    if (int_cmp(la, lb) != 0)
        return 0;
    if (int_sign(la) == 0)
        return 1;
    if (int_cmp(a->start, b->start) != 0)
        return 0;
    if (int_cmp(la, MAKE_SMALLINT(1)) == 0)
        return 1;
    return int_cmp(a->step, b->step) == 0;
}

static Value range_richcompare(Vm *vm, Value a, Value b, int op)
{
    if (!IS_TYPE(a, &t_range) || !IS_TYPE(b, &t_range) || (op != CMP_EQ && op != CMP_NE))
        return VAL_NOTIMPL;
    int r = range_equal(vm, RANGE(a), RANGE(b));
    if (r < 0)
        return VAL_NULL;
    return VAL_BOOL(op == CMP_EQ ? r : !r);
}

static int range_hash(Vm *vm, Value self, int64_t *out)
{
    RangeObj *r = RANGE(self);
    Value len = range_len_value_of(vm, self);
    if (len == VAL_NULL)
        return -1;
    Value t;
    if (int_sign(len) == 0)
        t = tuple_pack3(vm, len, VAL_NONE, VAL_NONE);
    else if (int_cmp(len, MAKE_SMALLINT(1)) == 0)
        t = tuple_pack3(vm, len, r->start, VAL_NONE);
    else
        t = tuple_pack3(vm, len, r->start, r->step);
    if (t == VAL_NULL)
        return -1;
    return obj_hash(vm, t, out);
}

static void range_trace(Vm *vm, Obj *self)
{
    RangeObj *r = (RangeObj *)self;
    if (IS_OBJ(r->start))
        gc_mark(vm, r->start);
    if (IS_OBJ(r->stop))
        gc_mark(vm, r->stop);
    if (IS_OBJ(r->step))
        gc_mark(vm, r->step);
}

static Value range_new_slot(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    if (kwnames != VAL_NULL && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "range() takes no keyword arguments");
    if (nargs < 1)
        return vm_raise(vm, &t_TypeError, "range expected at least 1 argument, got %d", nargs);
    if (nargs > 3)
        return vm_raise(vm, &t_TypeError, "range expected at most 3 arguments, got %d", nargs);
    Value v[3];
    for (int i = 0; i < nargs; i++) {
        v[i] = as_index(vm, args[i]);
        if (v[i] == VAL_NULL)
            return VAL_NULL;
    }
    if (nargs == 1)
        return range_new(vm, MAKE_SMALLINT(0), v[0], MAKE_SMALLINT(1));
    Value step = nargs == 3 ? v[2] : MAKE_SMALLINT(1);
    if (int_sign(step) == 0)
        return vm_raise(vm, &t_ValueError, "range() arg 3 must not be zero");
    return range_new(vm, v[0], v[1], step);
}

/* ------------------------------------------------------- range iterator */

/* Small ranges: index = next value, end = items left, step in C.
 * Big ranges: a = next value, b = step, c = items left (int Values). */
static Value range_iter_new(Vm *vm, Value self, bool reversed)
{
    RangeObj *r = RANGE(self);
    IterObj *it = (IterObj *)obj_alloc(vm, &t_range_iterator, sizeof(IterObj));
    if (!it)
        return VAL_NULL;
    Value itv = OBJ_VAL(it);
    if (r->small) {
        int64_t start = SMALLINT_VALUE(r->start), step = SMALLINT_VALUE(r->step);
        it->seq = VAL_TRUE;
        it->end = r->len;
        if (reversed && r->len > 0) {
            it->index = start + (r->len - 1) * step;
            it->step = -step;
        } else {
            it->index = start;
            it->step = step;
        }
        return itv;
    }
    Value len = range_len_value_of(vm, self);
    if (len == VAL_NULL)
        return VAL_NULL;
    it->seq = VAL_FALSE;
    it->c = len;
    if (reversed && int_sign(len) > 0) {
        Value last = range_item_value(vm, r, int_sub(vm, len, MAKE_SMALLINT(1)));
        Value nstep = last == VAL_NULL ? VAL_NULL : int_neg(vm, r->step);
        if (nstep == VAL_NULL)
            return VAL_NULL;
        it->a = last;
        it->b = nstep;
    } else {
        it->a = r->start;
        it->b = r->step;
    }
    return itv;
}

static Value range_iter(Vm *vm, Value self) { return range_iter_new(vm, self, false); }

static Value rangeiter_next(Vm *vm, Value self)
{
    IterObj *it = (IterObj *)AS_OBJ(self);
    if (it->seq == VAL_TRUE) {
        if (it->end <= 0)
            return VAL_NULL;
        int64_t v = it->index;
        it->index += it->step;
        it->end--;
        return MAKE_SMALLINT(v);
    }
    if (it->c == VAL_NULL || int_sign(it->c) <= 0)
        return VAL_NULL;
    Value v = it->a;
    Value next = int_add(vm, v, it->b);
    Value left = next == VAL_NULL ? VAL_NULL : int_sub(vm, it->c, MAKE_SMALLINT(1));
    if (left == VAL_NULL)
        return VAL_NULL;
    it->a = next;
    it->c = left;
    return v;
}

static Value iter_self(Vm *vm, Value self) { return self; }

static void rangeiter_trace(Vm *vm, Obj *self)
{
    IterObj *it = (IterObj *)self;
    if (IS_OBJ(it->a))
        gc_mark(vm, it->a);
    if (IS_OBJ(it->b))
        gc_mark(vm, it->b);
    if (IS_OBJ(it->c))
        gc_mark(vm, it->c);
}

const TypeObj t_range_iterator = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "range_iterator",
    .base = &t_object,
    .layout = K_ITER,
    .basicsize = sizeof(IterObj),
    .flags = TF_ABSTRACT_NEW,
    .iter = iter_self,
    .iternext = rangeiter_next,
    .trace = rangeiter_trace,
};

/* --------------------------------------------------------- range methods */

static Value rangem_start(Vm *vm, Value *args, int nargs, Value kwnames) { return RANGE(args[0])->start; }
static Value rangem_stop(Vm *vm, Value *args, int nargs, Value kwnames) { return RANGE(args[0])->stop; }
static Value rangem_step(Vm *vm, Value *args, int nargs, Value kwnames) { return RANGE(args[0])->step; }

static Value rangem_reversed(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "range.__reversed__", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return range_iter_new(vm, args[0], true);
}

static Value rangem_count(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "range.count", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    Value x = args[1];
    if (IS_SMALLINT(x) || IS_TYPE(x, &t_int) || IS_BOOL(x)) {
        int r = range_contains(vm, args[0], x);
        return r < 0 ? VAL_NULL : MAKE_SMALLINT(r);
    }
    Value it = range_iter_new(vm, args[0], false);
    if (it == VAL_NULL)
        return VAL_NULL;
    int64_t count = 0;
    for (uint32_t n = 1;; n++) {
        Value y = obj_iternext(vm, it);
        if (y == VAL_NULL)
            return vm_exc_pending(vm) ? VAL_NULL : MAKE_SMALLINT(count);
        int c = obj_eq(vm, y, x);
        if (c < 0)
            return VAL_NULL;
        count += c;
        if ((n & CONTAINER_TICK_MASK) == 0 && vm_tick(vm) < 0)
            return VAL_NULL;
    }
}

static Value rangem_index(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "range.index", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    RangeObj *r = RANGE(args[0]);
    Value x = args[1];
    if (IS_SMALLINT(x) || IS_TYPE(x, &t_int) || IS_BOOL(x)) {
        if (IS_BOOL(x))
            x = MAKE_SMALLINT(x == VAL_TRUE);
        int c = range_contains_int(vm, r, x);
        if (c < 0)
            return VAL_NULL;
        if (!c)
            return vm_raise(vm, &t_ValueError, "%R is not in range", args[1]);
        Value d = int_sub(vm, x, r->start);
        return d == VAL_NULL ? VAL_NULL : int_floordiv(vm, d, r->step);
    }
    Value it = range_iter_new(vm, args[0], false);
    if (it == VAL_NULL)
        return VAL_NULL;
    for (int64_t i = 0;; i++) {
        Value y = obj_iternext(vm, it);
        if (y == VAL_NULL) {
            if (vm_exc_pending(vm))
                return VAL_NULL;
            return vm_raise(vm, &t_ValueError, "sequence.index(x): x not in sequence");
        }
        int c = obj_eq(vm, y, x);
        if (c < 0)
            return VAL_NULL;
        if (c)
            return MAKE_SMALLINT(i);
        if ((i & CONTAINER_TICK_MASK) == CONTAINER_TICK_MASK && vm_tick(vm) < 0)
            return VAL_NULL;
    }
}

static Value rangem_len(Vm *vm, Value *args, int nargs, Value kwnames)
{
    int64_t n = range_len(vm, args[0]);
    return n < 0 ? VAL_NULL : int_from_i64(vm, n);
}

static const BuiltinFunc range_methods[] = {
    BUILTIN_GETTER("start", rangem_start),
    BUILTIN_GETTER("stop", rangem_stop),
    BUILTIN_GETTER("step", rangem_step),
    BUILTIN_METHOD("__reversed__", rangem_reversed),
    BUILTIN_METHOD("count", rangem_count),
    BUILTIN_METHOD("index", rangem_index),
    BUILTIN_METHOD("__len__", rangem_len),
};

const TypeObj t_range = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "range",
    .base = &t_object,
    .layout = K_RANGE,
    .basicsize = sizeof(RangeObj),
    .methods = range_methods,
    .nmethods = sizeof(range_methods) / sizeof(range_methods[0]),
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .new_ = range_new_slot,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .truthy = range_truthy,
    .trace = range_trace,
};
