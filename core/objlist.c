/* Corral core: list, its iterators, list.sort, and the repr recursion
 * guard shared by every container. */
#include "containers.h"
#include "opcodes.h"
#include "vm.h"

#define REPR_MAX_DEPTH 1000

/* ----------------------------------------------------------- repr guard */

/* A container being repr'd carries OBJ_REPR_BUSY, so a container reached
 * again through its own items prints as [...].  The nesting depth rides on
 * vm->native_depth (a repr in progress is a native on the C stack, which
 * also keeps the GC away from our locals). */
int repr_enter(Vm *vm, Value v)
{
    Obj *o = AS_OBJ(v);
    if (o->gc_flags & OBJ_REPR_BUSY)
        return 1;
    if (vm->native_depth > REPR_MAX_DEPTH) {
        vm_raise(vm, &t_RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
        return -1;
    }
    if (!(o->gc_flags & OBJ_FROZEN))
        o->gc_flags |= OBJ_REPR_BUSY;
    vm->native_depth++;
    return 0;
}

void repr_leave(Vm *vm, Value v)
{
    Obj *o = AS_OBJ(v);
    if (!(o->gc_flags & OBJ_FROZEN))
        o->gc_flags &= ~OBJ_REPR_BUSY;
    vm->native_depth--;
}

int nest_enter(Vm *vm, const char *where)
{
    if (vm->native_depth > REPR_MAX_DEPTH) {
        vm_raise(vm, &t_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    vm->native_depth++;
    return 0;
}

void nest_leave(Vm *vm) { vm->native_depth--; }

/* ------------------------------------------------------------------ list */

#define LIST(v) ((ListObj *)AS_OBJ(v))

static Value list_alloc(Vm *vm, const TypeObj *type)
{
    Obj *o = obj_alloc(vm, type, type->basicsize ? type->basicsize : sizeof(ListObj));
    return o ? OBJ_VAL(o) : VAL_NULL;
}

/* Make room for at least 'need' items. */
static int list_reserve(Vm *vm, ListObj *l, size_t need)
{
    if (need <= l->cap)
        return 0;
    if (need > (SIZE_MAX / sizeof(Value)) / 2) {
        vm_raise_memory(vm);
        return -1;
    }
    size_t cap = need + (need >> 3) + (need < 9 ? 3 : 6);
    Value *items = mem_realloc(vm, l->items, l->cap * sizeof(Value), cap * sizeof(Value));
    if (!items)
        return -1;
    l->items = items;
    l->cap = cap;
    return 0;
}

/* Shrink a much-too-large buffer (after pops/deletes); failure is harmless. */
static void list_maybe_shrink(Vm *vm, ListObj *l)
{
    if (l->cap > 16 && l->len < l->cap / 4) {
        size_t cap = l->len + (l->len >> 3) + 6;
        Value *items = mem_realloc(vm, l->items, l->cap * sizeof(Value), cap * sizeof(Value));
        if (items) {
            l->items = items;
            l->cap = cap;
        } else {
            vm_exc_clear(vm);
        }
    }
}

Value list_new(Vm *vm, size_t capacity)
{
    Value v = list_alloc(vm, &t_list);
    if (v == VAL_NULL)
        return VAL_NULL;
    if (capacity && list_reserve(vm, LIST(v), capacity) < 0)
        return VAL_NULL;
    return v;
}

Value list_from_array(Vm *vm, const Value *items, size_t len)
{
    Value v = list_new(vm, len);
    if (v == VAL_NULL)
        return VAL_NULL;
    if (len)
        memcpy(LIST(v)->items, items, len * sizeof(Value));
    LIST(v)->len = len;
    return v;
}

int list_append(Vm *vm, Value list, Value item)
{
    ListObj *l = LIST(list);
    if (l->len == l->cap && list_reserve(vm, l, l->len + 1) < 0)
        return -1;
    l->items[l->len++] = item;
    return 0;
}

static int list_extend_array(Vm *vm, ListObj *l, const Value *items, size_t n)
{
    if (n == 0)
        return 0;
    if (list_reserve(vm, l, l->len + n) < 0)
        return -1;
    memmove(l->items + l->len, items, n * sizeof(Value));
    l->len += n;
    return 0;
}

int list_extend(Vm *vm, Value list, Value iterable)
{
    ListObj *l = LIST(list);
    if (IS_LIST_LIKE(iterable) || IS_TUPLE_LIKE(iterable)) {
        /* l.extend(l): the source is the destination; reserve first */
        size_t n = seq_len_of(iterable);
        if (list_reserve(vm, l, l->len + n) < 0)
            return -1;
        return list_extend_array(vm, l, seq_items_of(iterable), n);
    }
    Value it = obj_iter(vm, iterable);
    if (it == VAL_NULL)
        return -1;
    for (uint32_t n = 1;; n++) {
        Value x = obj_iternext(vm, it);
        if (x == VAL_NULL)
            return vm_exc_pending(vm) ? -1 : 0;
        if (list_append(vm, list, x) < 0)
            return -1;
        if ((n & CONTAINER_TICK_MASK) == 0 && vm_tick(vm) < 0)
            return -1;
    }
}

Value list_from_iterable(Vm *vm, Value iterable)
{
    if (IS_LIST_LIKE(iterable) || IS_TUPLE_LIKE(iterable))
        return list_from_array(vm, seq_items_of(iterable), seq_len_of(iterable));
    Value l = list_new(vm, 0);
    if (l == VAL_NULL || list_extend(vm, l, iterable) < 0)
        return VAL_NULL;
    return l;
}

/* ------------------------------------------------------------------ sort */

typedef struct SortItem { Value key, value; } SortItem;

/* 'a' sorts strictly before 'b': 1/0/-1 */
static int sort_less(Vm *vm, Value a, Value b, bool reverse)
{
    if (reverse) {
        Value t = a;
        a = b;
        b = t;
    }
    if (IS_SMALLINT(a) && IS_SMALLINT(b))
        return SMALLINT_VALUE(a) < SMALLINT_VALUE(b);
    if (IS_STR(a) && IS_STR(b))
        return str_cmp(a, b) < 0;
    if (IS_FLOAT(a) && IS_FLOAT(b))
        return FLOAT_VALUE(a) < FLOAT_VALUE(b);
    return obj_richcompare_bool(vm, a, b, CMP_LT);
}

#define SORT_RUN 32

/* Binary-insertion sort of a[lo..hi) in place; always leaves a permutation. */
static int sort_insertion(Vm *vm, SortItem *a, size_t lo, size_t hi, bool reverse)
{
    for (size_t i = lo + 1; i < hi; i++) {
        SortItem x = a[i];
        size_t l = lo, r = i;
        while (l < r) {
            size_t m = l + (r - l) / 2;
            int c = sort_less(vm, x.key, a[m].key, reverse);
            if (c < 0)
                return -1;
            if (c)
                r = m;
            else
                l = m + 1;
        }
        memmove(a + l + 1, a + l, (i - l) * sizeof(SortItem));
        a[l] = x;
    }
    return 0;
}

/* Stable bottom-up merge sort.  Each pass reads 'src' and writes 'dst', so
 * when a comparison fails 'src' still holds every item.  Returns the
 * buffer holding the result (or the last complete state on error). */
static SortItem *sort_items(Vm *vm, SortItem *src, SortItem *dst, size_t n, bool reverse, int *err)
{
    *err = 0;
    /* already ordered, or strictly reversed (safe to flip: no equal items
     * whose order could change): n - 1 comparisons and done */
    size_t run = 1;
    int c = 0;
    while (run < n && (c = sort_less(vm, src[run].key, src[run - 1].key, reverse)) == 0)
        run++;
    if (c < 0) {
        *err = 1;
        return src;
    }
    if (run == n)
        return src;
    if (run == 1) {
        while (run < n && (c = sort_less(vm, src[run].key, src[run - 1].key, reverse)) == 1)
            run++;
        if (c < 0) {
            *err = 1;
            return src;
        }
        if (run == n) {
            for (size_t i = 0, j = n - 1; i < j; i++, j--) {
                SortItem t = src[i];
                src[i] = src[j];
                src[j] = t;
            }
            return src;
        }
    }
    for (size_t lo = 0; lo < n; lo += SORT_RUN) {
        size_t hi = lo + SORT_RUN < n ? lo + SORT_RUN : n;
        if (sort_insertion(vm, src, lo, hi, reverse) < 0 || vm_tick(vm) < 0) {
            *err = 1;
            return src;
        }
    }
    uint32_t ticks = 0;
    for (size_t width = SORT_RUN; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            if (mid < hi) {
                /* already ordered runs: one comparison, then a copy */
                int c = sort_less(vm, src[mid].key, src[mid - 1].key, reverse);
                if (c < 0) {
                    *err = 1;
                    return src;
                }
                if (!c) {
                    memcpy(dst + lo, src + lo, (hi - lo) * sizeof(SortItem));
                    continue;
                }
            }
            while (i < mid && j < hi) {
                int c = sort_less(vm, src[j].key, src[i].key, reverse);
                if (c < 0 || ((++ticks & CONTAINER_TICK_MASK) == 0 && vm_tick(vm) < 0)) {
                    *err = 1;
                    return src;
                }
                dst[k++] = c ? src[j++] : src[i++];
            }
            memcpy(dst + k, src + i, (mid - i) * sizeof(SortItem));
            k += mid - i;
            memcpy(dst + k, src + j, (hi - j) * sizeof(SortItem));
        }
        SortItem *t = src;
        src = dst;
        dst = t;
    }
    return src;
}

int list_sort(Vm *vm, Value list, Value key, bool reverse)
{
    ListObj *l = LIST(list);
    if (key == VAL_NONE)
        key = VAL_NULL;
    /* while sorting, the list looks empty (as in CPython) */
    Value *items = l->items;
    size_t n = l->len, cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    SortItem *buf = NULL, *result = NULL;
    int err = 0;
    size_t bufbytes = 0;
    if (n > 1) {
        if (n > SIZE_MAX / (2 * sizeof(SortItem))) {
            vm_raise_memory(vm);
            err = 1;
            goto restore;
        }
        bufbytes = 2 * n * sizeof(SortItem);
        buf = mem_alloc(vm, bufbytes);
        if (!buf) {
            err = 1;
            goto restore;
        }
        for (size_t i = 0; i < n; i++) {
            buf[i].value = items[i];
            if (key != VAL_NULL) {
                Value k = vm_call(vm, key, &items[i], 1, VAL_NULL);
                if (k == VAL_NULL) {
                    err = 1;
                    goto restore;
                }
                buf[i].key = k;
            } else {
                buf[i].key = items[i];
            }
        }
        result = sort_items(vm, buf, buf + n, n, reverse, &err);
        for (size_t i = 0; i < n; i++)
            items[i] = result[i].value;
    } else if (n == 1 && key != VAL_NULL) {
        if (vm_call(vm, key, &items[0], 1, VAL_NULL) == VAL_NULL)
            err = 1;
    }
restore:
    if (buf)
        mem_free(vm, buf, bufbytes);
    bool modified = l->items != NULL || l->len != 0;
    if (l->items)
        mem_free(vm, l->items, l->cap * sizeof(Value));
    l->items = items;
    l->len = n;
    l->cap = cap;
    if (err)
        return -1;
    if (modified) {
        vm_raise(vm, &t_ValueError, "list modified during sort");
        return -1;
    }
    return 0;
}

/* ----------------------------------------------------------- list slots */

static Value list_repr(Vm *vm, Value self)
{
    if (LIST(self)->len == 0)
        return str_from_cstr(vm, "[]");
    int busy = repr_enter(vm, self);
    if (busy < 0)
        return VAL_NULL;
    if (busy)
        return str_from_cstr(vm, "[...]");
    StrBuf sb;
    sb_init(&sb, vm);
    sb_append_char(&sb, '[');
    int r = seq_repr_items(vm, &sb, self);
    repr_leave(vm, self);
    if (r < 0) {
        sb_free(&sb);
        return VAL_NULL;
    }
    sb_append_char(&sb, ']');
    return sb_finish(&sb);
}

static Value list_richcompare(Vm *vm, Value a, Value b, int op)
{
    if (!IS_LIST_LIKE(a) || !IS_LIST_LIKE(b))
        return VAL_NOTIMPL;
    if ((op == CMP_EQ || op == CMP_NE) && LIST(a)->len != LIST(b)->len)
        return VAL_BOOL(op == CMP_NE);
    return seq_richcompare(vm, a, b, op);
}

static Value list_iter_new(Vm *vm, Value self, bool reversed)
{
    IterObj *it = (IterObj *)obj_alloc(vm, reversed ? &t_list_reverseiterator : &t_list_iterator, sizeof(IterObj));
    if (!it)
        return VAL_NULL;
    it->seq = self;
    it->index = reversed ? (int64_t)LIST(self)->len - 1 : 0;
    return OBJ_VAL(it);
}

static Value list_iter(Vm *vm, Value self) { return list_iter_new(vm, self, false); }

static Value listiter_next(Vm *vm, Value self)
{
    IterObj *it = (IterObj *)AS_OBJ(self);
    if (it->seq == VAL_NULL)
        return VAL_NULL;
    if (it->index >= 0 && (size_t)it->index < LIST(it->seq)->len)
        return LIST(it->seq)->items[it->index++];
    it->seq = VAL_NULL;
    return VAL_NULL;
}

static Value listreviter_next(Vm *vm, Value self)
{
    IterObj *it = (IterObj *)AS_OBJ(self);
    if (it->seq == VAL_NULL)
        return VAL_NULL;
    if (it->index >= 0 && (size_t)it->index < LIST(it->seq)->len)
        return LIST(it->seq)->items[it->index--];
    it->seq = VAL_NULL;
    return VAL_NULL;
}

static int64_t list_len_slot(Vm *vm, Value self) { return (int64_t)LIST(self)->len; }

static Value list_slice_get(Vm *vm, Value self, Value slice)
{
    ListObj *l = LIST(self);
    int64_t start, stop, step, n;
    if (slice_indices(vm, slice, (int64_t)l->len, &start, &stop, &step, &n) < 0)
        return VAL_NULL;
    if (step == 1)
        return list_from_array(vm, l->items + start, (size_t)n);
    Value r = list_new(vm, (size_t)n);
    if (r == VAL_NULL)
        return VAL_NULL;
    for (int64_t i = 0, j = start; i < n; i++, j += step)
        LIST(r)->items[i] = l->items[j];
    LIST(r)->len = (size_t)n;
    return r;
}

static Value list_getitem(Vm *vm, Value self, Value key)
{
    ListObj *l = LIST(self);
    if (IS_SMALLINT(key)) {
        int64_t i = SMALLINT_VALUE(key);
        if (i < 0)
            i += (int64_t)l->len;
        if (i < 0 || i >= (int64_t)l->len)
            return vm_raise(vm, &t_IndexError, "list index out of range");
        return l->items[i];
    }
    if (IS_SLICE(key))
        return list_slice_get(vm, self, key);
    int64_t i;
    if (seq_subscript_index(vm, key, "list", &i) < 0)
        return VAL_NULL;
    if (i < 0)
        i += (int64_t)l->len;
    if (i < 0 || i >= (int64_t)l->len)
        return vm_raise(vm, &t_IndexError, "list index out of range");
    return l->items[i];
}

static int list_slice_delete(Vm *vm, ListObj *l, int64_t start, int64_t step, int64_t n)
{
    if (n <= 0)
        return 0;
    if (step < 0) {
        start = start + step * (n - 1);
        step = -step;
    }
    if (step == 1) {
        memmove(l->items + start, l->items + start + n, (l->len - (size_t)(start + n)) * sizeof(Value));
    } else {
        size_t w = (size_t)start;
        for (size_t r = (size_t)start; r < l->len; r++) {
            if (r >= (size_t)start && (int64_t)(r - (size_t)start) % step == 0 &&
                (int64_t)(r - (size_t)start) / step < n)
                continue;
            l->items[w++] = l->items[r];
        }
    }
    l->len -= (size_t)n;
    list_maybe_shrink(vm, l);
    return 0;
}

static int list_slice_set(Vm *vm, Value self, Value slice, Value value)
{
    ListObj *l = LIST(self);
    int64_t start, stop, step, n;
    if (slice_indices(vm, slice, (int64_t)l->len, &start, &stop, &step, &n) < 0)
        return -1;
    if (value == VAL_NULL)
        return list_slice_delete(vm, l, start, step, n);
    Value seq;
    if (value == self || !(IS_LIST_LIKE(value) || IS_TUPLE_LIKE(value))) {
        if (!(IS_LIST_LIKE(value) || IS_TUPLE_LIKE(value))) {
            Value it = obj_iter(vm, value);
            if (it == VAL_NULL) {
                if (vm_exc_matches(vm, &t_TypeError)) {
                    vm_exc_clear(vm);
                    vm_raise(vm, &t_TypeError, step == 1 ? "can only assign an iterable"
                                                         : "must assign iterable to extended slice");
                }
                return -1;
            }
            value = it;
        }
        seq = list_from_iterable(vm, value);
        if (seq == VAL_NULL)
            return -1;
        /* the iteration may have resized the list */
        if (slice_indices(vm, slice, (int64_t)l->len, &start, &stop, &step, &n) < 0)
            return -1;
    } else {
        seq = value;
    }
    size_t m = seq_len_of(seq);
    const Value *src = seq_items_of(seq);
    if (step == 1) {
        size_t lo = (size_t)start, hi = (size_t)(stop < start ? start : stop);
        size_t old = hi - lo;
        if (m > old) {
            if (list_reserve(vm, l, l->len + (m - old)) < 0)
                return -1;
            src = seq_items_of(seq);
        }
        memmove(l->items + lo + m, l->items + hi, (l->len - hi) * sizeof(Value));
        if (m)
            memcpy(l->items + lo, src, m * sizeof(Value));
        l->len = l->len - old + m;
        if (m < old)
            list_maybe_shrink(vm, l);
        return 0;
    }
    if ((int64_t)m != n) {
        vm_raise(vm, &t_ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld",
                 m, (long long)n);
        return -1;
    }
    for (int64_t i = 0, j = start; i < n; i++, j += step)
        l->items[j] = src[i];
    return 0;
}

static int list_setitem(Vm *vm, Value self, Value key, Value value)
{
    ListObj *l = LIST(self);
    if (IS_SLICE(key))
        return list_slice_set(vm, self, key, value);
    int64_t i;
    if (seq_subscript_index(vm, key, "list", &i) < 0)
        return -1;
    if (i < 0)
        i += (int64_t)l->len;
    if (i < 0 || i >= (int64_t)l->len) {
        vm_raise(vm, &t_IndexError, "list assignment index out of range");
        return -1;
    }
    if (value != VAL_NULL) {
        l->items[i] = value;
        return 0;
    }
    memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(Value));
    l->len--;
    list_maybe_shrink(vm, l);
    return 0;
}

static int list_contains(Vm *vm, Value self, Value item)
{
    for (size_t i = 0; i < LIST(self)->len; i++) {
        int r = obj_eq(vm, LIST(self)->items[i], item);
        if (r != 0)
            return r;
        if ((i & CONTAINER_TICK_MASK) == CONTAINER_TICK_MASK && vm_tick(vm) < 0)
            return -1;
    }
    return 0;
}

static void list_trace(Vm *vm, Obj *self)
{
    ListObj *l = (ListObj *)self;
    for (size_t i = 0; i < l->len; i++)
        if (IS_OBJ(l->items[i]))
            gc_mark(vm, l->items[i]);
}

static void list_finalize(Vm *vm, Obj *self)
{
    ListObj *l = (ListObj *)self;
    if (l->items)
        mem_free(vm, l->items, l->cap * sizeof(Value));
    l->items = NULL;
    l->len = l->cap = 0;
}

static bool defers_to_reflected(Vm *vm, Value other, const char *rname)
{
    return IS_OBJ(other) && (AS_OBJ(other)->type->flags & TF_HEAPTYPE) &&
           type_lookup_cstr(vm, AS_OBJ(other)->type, rname) != VAL_NULL;
}

/* Repeat count for seq * n: ints and __index__ objects; huge positive
 * counts fail the size check, negative ones mean zero. */
static int repeat_count(Vm *vm, Value count, int64_t *n, bool *notimpl)
{
    *notimpl = false;
    if (IS_SMALLINT(count)) {
        *n = SMALLINT_VALUE(count);
        return 0;
    }
    if (!is_intlike(count) && !(IS_OBJ(count) && type_lookup_cstr(vm, AS_OBJ(count)->type, "__index__"))) {
        if (defers_to_reflected(vm, count, "__rmul__")) {
            *notimpl = true;
            return 0;
        }
        vm_raise(vm, &t_TypeError, "can't multiply sequence by non-int of type '%s'", type_name_of(count));
        return -1;
    }
    if (obj_index(vm, count, n) < 0) {
        if (!vm_exc_matches(vm, &t_OverflowError))
            return -1;
        vm_exc_clear(vm);
        if (int_sign(count) < 0) {
            *n = 0;
            return 0;
        }
        vm_raise(vm, &t_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return 0;
}

static int list_repeat_inplace(Vm *vm, ListObj *l, int64_t n)
{
    size_t len = l->len;
    if (n <= 0 || len == 0) {
        l->len = 0;
        list_maybe_shrink(vm, l);
        return 0;
    }
    if (n == 1)
        return 0;
    if (repeat_check(vm, n, len, sizeof(Value)) < 0)
        return -1;
    if (list_reserve(vm, l, len * (size_t)n) < 0)
        return -1;
    if (repeat_fill(vm, l->items, len, len * (size_t)n) < 0)
        return -1;   /* length unchanged: the copies beyond it are never seen */
    l->len = len * (size_t)n;
    return 0;
}

static Value list_binop(Vm *vm, int op, Value a, Value b)
{
    bool inplace = (op & BINOP_INPLACE) != 0;
    op &= 15;
    if (op == BINOP_ADD) {
        if (!IS_LIST_LIKE(a))
            return VAL_NOTIMPL;
        if (inplace) {
            if (list_extend(vm, a, b) < 0)
                return VAL_NULL;
            return a;
        }
        if (!IS_LIST_LIKE(b)) {
            if (defers_to_reflected(vm, b, "__radd__"))
                return VAL_NOTIMPL;
            return vm_raise(vm, &t_TypeError, "can only concatenate list (not \"%s\") to list", type_name_of(b));
        }
        size_t la = LIST(a)->len, lb = LIST(b)->len;
        Value r = list_new(vm, la + lb);
        if (r == VAL_NULL)
            return VAL_NULL;
        if (la)
            memcpy(LIST(r)->items, LIST(a)->items, la * sizeof(Value));
        if (lb)
            memcpy(LIST(r)->items + la, LIST(b)->items, lb * sizeof(Value));
        LIST(r)->len = la + lb;
        return r;
    }
    if (op == BINOP_MUL) {
        Value seq = IS_LIST_LIKE(a) ? a : b, count = IS_LIST_LIKE(a) ? b : a;
        if (inplace && seq != a)
            inplace = false;
        int64_t n;
        bool notimpl;
        if (repeat_count(vm, count, &n, &notimpl) < 0)
            return VAL_NULL;
        if (notimpl)
            return VAL_NOTIMPL;
        if (inplace)
            return list_repeat_inplace(vm, LIST(a), n) < 0 ? VAL_NULL : a;
        Value r = list_from_array(vm, LIST(seq)->items, LIST(seq)->len);
        if (r == VAL_NULL || list_repeat_inplace(vm, LIST(r), n) < 0)
            return VAL_NULL;
        return r;
    }
    return VAL_NOTIMPL;
}

static Value list_new_slot(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    /* heap subclasses with their own __init__ get no arguments here */
    if (kwnames != VAL_NULL && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "list() takes no keyword arguments");
    if (nargs > 1)
        return vm_raise(vm, &t_TypeError, "list expected at most 1 argument, got %d", nargs);
    Value l = list_alloc(vm, type);
    if (l == VAL_NULL)
        return VAL_NULL;
    if (nargs == 1 && list_extend(vm, l, args[0]) < 0)
        return VAL_NULL;
    return l;
}

/* ---------------------------------------------------------- list methods */

static Value listm_init(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (kwnames != VAL_NULL && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "list() takes no keyword arguments");
    if (nargs > 2)
        return vm_raise(vm, &t_TypeError, "list expected at most 1 argument, got %d", nargs - 1);
    LIST(args[0])->len = 0;
    if (nargs == 2 && list_extend(vm, args[0], args[1]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value listm_append(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "list.append", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    return list_append(vm, args[0], args[1]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value listm_extend(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "list.extend", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    return list_extend(vm, args[0], args[1]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value listm_insert(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "insert", nargs - 1, kwnames, 2, 2) < 0)
        return VAL_NULL;
    int64_t i;
    if (obj_index(vm, args[1], &i) < 0)
        return VAL_NULL;
    ListObj *l = LIST(args[0]);
    int64_t len = (int64_t)l->len;
    if (i < 0) {
        i += len;
        if (i < 0)
            i = 0;
    }
    if (i > len)
        i = len;
    if (list_reserve(vm, l, l->len + 1) < 0)
        return VAL_NULL;
    memmove(l->items + i + 1, l->items + i, (l->len - (size_t)i) * sizeof(Value));
    l->items[i] = args[2];
    l->len++;
    return VAL_NONE;
}

static Value listm_pop(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "pop", nargs - 1, kwnames, 0, 1) < 0)
        return VAL_NULL;
    ListObj *l = LIST(args[0]);
    int64_t i = -1;
    if (nargs > 1 && obj_index(vm, args[1], &i) < 0)
        return VAL_NULL;
    if (l->len == 0)
        return vm_raise(vm, &t_IndexError, "pop from empty list");
    if (i < 0)
        i += (int64_t)l->len;
    if (i < 0 || i >= (int64_t)l->len)
        return vm_raise(vm, &t_IndexError, "pop index out of range");
    Value v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(Value));
    l->len--;
    list_maybe_shrink(vm, l);
    return v;
}

static Value listm_remove(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "list.remove", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    int64_t i = seq_find(vm, args[0], args[1], 0, INT64_MAX);
    if (i == -2)
        return VAL_NULL;
    if (i < 0)
        return vm_raise(vm, &t_ValueError, "list.remove(x): x not in list");
    ListObj *l = LIST(args[0]);
    memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(Value));
    l->len--;
    list_maybe_shrink(vm, l);
    return VAL_NONE;
}

static Value listm_clear(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "list.clear", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    list_finalize(vm, AS_OBJ(args[0]));
    return VAL_NONE;
}

static Value listm_index(Vm *vm, Value *args, int nargs, Value kwnames)
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
        return vm_raise(vm, &t_ValueError, "%R is not in list", args[1]);
    return MAKE_SMALLINT(i);
}

static Value listm_count(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "list.count", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    int64_t n = seq_count(vm, args[0], args[1]);
    return n < 0 ? VAL_NULL : MAKE_SMALLINT(n);
}

static Value listm_sort(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (nargs > 1)
        return vm_raise(vm, &t_TypeError, "sort() takes no positional arguments");
    for (size_t i = 0; kwnames != VAL_NULL && i < TUPLE_LEN(kwnames); i++) {
        Value kn = TUPLE_ITEMS(kwnames)[i];
        if (!str_eq_cstr(kn, "key") && !str_eq_cstr(kn, "reverse"))
            return vm_raise(vm, &t_TypeError, "'%S' is an invalid keyword argument for sort()", kn);
    }
    static const char *const names[] = {"key", "reverse", NULL};
    Value out[2] = {VAL_NULL, VAL_NULL};
    if (arg_parse(vm, "sort", args + 1, 0, kwnames, names, 0, 0, out) < 0)
        return VAL_NULL;
    int reverse = 0;
    if (out[1] != VAL_NULL) {
        if (IS_FLOAT(out[1]))
            return vm_raise(vm, &t_TypeError, "'float' object cannot be interpreted as an integer");
        reverse = obj_truthy(vm, out[1]);
        if (reverse < 0)
            return VAL_NULL;
    }
    return list_sort(vm, args[0], out[0], reverse != 0) < 0 ? VAL_NULL : VAL_NONE;
}

static Value listm_reverse(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "list.reverse", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    ListObj *l = LIST(args[0]);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return VAL_NONE;
}

static Value listm_copy(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "list.copy", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return list_from_array(vm, LIST(args[0])->items, LIST(args[0])->len);
}

static Value listm_reversed(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "list.__reversed__", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return list_iter_new(vm, args[0], true);
}

static Value listm_getitem(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "list.__getitem__", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    return list_getitem(vm, args[0], args[1]);
}

static Value listm_setitem(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__setitem__", nargs - 1, kwnames, 2, 2) < 0)
        return VAL_NULL;
    return list_setitem(vm, args[0], args[1], args[2]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value listm_delitem(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "list.__delitem__", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    return list_setitem(vm, args[0], args[1], VAL_NULL) < 0 ? VAL_NULL : VAL_NONE;
}

static Value listm_len(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return MAKE_SMALLINT((int64_t)LIST(args[0])->len);
}

static Value listm_contains(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "list.__contains__", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    int r = list_contains(vm, args[0], args[1]);
    return r < 0 ? VAL_NULL : VAL_BOOL(r);
}

static Value listm_iter(Vm *vm, Value *args, int nargs, Value kwnames) { return list_iter(vm, args[0]); }

static Value listm_repr(Vm *vm, Value *args, int nargs, Value kwnames) { return list_repr(vm, args[0]); }

static Value class_getitem(Vm *vm, Value *args, int nargs, Value kwnames)
{
    /* list[int] in annotations: no GenericAlias type, the class stands in */
    return args[0];
}

static int unhashable(Vm *vm, Value self, int64_t *out)
{
    vm_raise(vm, &t_TypeError, "unhashable type: '%s'", type_name_of(self));
    return -1;
}

static const BuiltinFunc list_methods[] = {
    BUILTIN_CLASSMETHOD("__class_getitem__", class_getitem),
    BUILTIN_METHOD("__init__", listm_init),
    BUILTIN_METHOD("append", listm_append),
    BUILTIN_METHOD("extend", listm_extend),
    BUILTIN_METHOD("insert", listm_insert),
    BUILTIN_METHOD("pop", listm_pop),
    BUILTIN_METHOD("remove", listm_remove),
    BUILTIN_METHOD("clear", listm_clear),
    BUILTIN_METHOD("index", listm_index),
    BUILTIN_METHOD("count", listm_count),
    BUILTIN_METHOD("sort", listm_sort),
    BUILTIN_METHOD("reverse", listm_reverse),
    BUILTIN_METHOD("copy", listm_copy),
    BUILTIN_METHOD("__reversed__", listm_reversed),
    BUILTIN_METHOD("__getitem__", listm_getitem),
    BUILTIN_METHOD("__setitem__", listm_setitem),
    BUILTIN_METHOD("__delitem__", listm_delitem),
    BUILTIN_METHOD("__len__", listm_len),
    BUILTIN_METHOD("__contains__", listm_contains),
    BUILTIN_METHOD("__iter__", listm_iter),
    BUILTIN_METHOD("__repr__", listm_repr),
};

const TypeObj t_list = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "list",
    .base = &t_object,
    .layout = K_LIST,
    .basicsize = sizeof(ListObj),
    .flags = TF_BASETYPE,
    .methods = list_methods,
    .nmethods = sizeof(list_methods) / sizeof(list_methods[0]),
    .repr = list_repr,
    .hash = unhashable,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .new_ = list_new_slot,
    .len = list_len_slot,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .trace = list_trace,
    .finalize = list_finalize,
    .binop = list_binop,
};

static Value iter_self(Vm *vm, Value self) { return self; }

static void seqiter_trace(Vm *vm, Obj *self)
{
    IterObj *it = (IterObj *)self;
    if (IS_OBJ(it->seq))
        gc_mark(vm, it->seq);
}

const TypeObj t_list_iterator = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "list_iterator",
    .base = &t_object,
    .layout = K_ITER,
    .basicsize = sizeof(IterObj),
    .flags = TF_ABSTRACT_NEW,
    .iter = iter_self,
    .iternext = listiter_next,
    .trace = seqiter_trace,
};

const TypeObj t_list_reverseiterator = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "list_reverseiterator",
    .base = &t_object,
    .layout = K_ITER,
    .basicsize = sizeof(IterObj),
    .flags = TF_ABSTRACT_NEW,
    .iter = iter_self,
    .iternext = listreviter_next,
    .trace = seqiter_trace,
};
