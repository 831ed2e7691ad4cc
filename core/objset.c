/* Corral core: set, frozenset and their iterator, on the shared
 * insertion-ordered hash table of objdict.c (values unused). */
#include "containers.h"
#include "opcodes.h"
#include "vm.h"

#define SET_TABLE(s) (&((SetObj *)AS_OBJ(s))->table)
#define IS_FROZEN_LIKE(v) (IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &t_frozenset))

static Value set_alloc(Vm *vm, const TypeObj *type)
{
    Obj *o = obj_alloc(vm, type, type->basicsize ? type->basicsize : sizeof(SetObj));
    return o ? OBJ_VAL(o) : VAL_NULL;
}

Value set_new(Vm *vm, const TypeObj *type) { return set_alloc(vm, type); }

/* The exact builtin type an operation on 'v' should produce. */
static const TypeObj *result_type(Value v) { return IS_FROZEN_LIKE(v) ? &t_frozenset : &t_set; }

int set_add(Vm *vm, Value set, Value key)
{
    int64_t hash;
    if (key_hash(vm, key, &hash) < 0)
        return -1;
    return ht_insert(vm, SET_TABLE(set), key, hash, VAL_NULL);
}

/* Hash a key for lookup; a set key is looked up as the equal frozenset
 * (CPython does the same for `{1} in s`).  *key may be replaced. */
static int lookup_hash(Vm *vm, Value *key, int64_t *hash)
{
    if (key_hash(vm, *key, hash) == 0)
        return 0;
    if (!IS_SET_LIKE(*key) || !vm_exc_matches(vm, &t_TypeError))
        return -1;
    vm_exc_clear(vm);
    Value frozen = set_from_iterable(vm, &t_frozenset, *key);
    if (frozen == VAL_NULL)
        return -1;
    *key = frozen;
    return key_hash(vm, frozen, hash);
}

int set_contains(Vm *vm, Value set, Value key)
{
    int64_t hash;
    if (lookup_hash(vm, &key, &hash) < 0)
        return -1;
    return ht_lookup(vm, SET_TABLE(set), key, hash, NULL);
}

int set_discard(Vm *vm, Value set, Value key)
{
    int64_t hash;
    if (lookup_hash(vm, &key, &hash) < 0)
        return -1;
    return ht_delete(vm, SET_TABLE(set), key, hash);
}

int set_update(Vm *vm, Value set, Value iterable)
{
    HashTable *ht = SET_TABLE(set);
    if (IS_SET_LIKE(iterable) || IS_DICT_LIKE(iterable)) {
        HashTable *src = IS_SET_LIKE(iterable) ? SET_TABLE(iterable) : &((DictObj *)AS_OBJ(iterable))->table;
        if (src == ht)
            return 0;
        size_t pos = 0;
        uint32_t n = 0;
        DictEntry *e;
        while ((e = ht_next(src, &pos)) != NULL) {
            if (ht_insert(vm, ht, e->key, e->hash, VAL_NULL) < 0)
                return -1;
            if ((++n & CONTAINER_TICK_MASK) == 0 && vm_tick(vm) < 0)
                return -1;
        }
        return 0;
    }
    Value it = obj_iter(vm, iterable);
    if (it == VAL_NULL)
        return -1;
    for (uint32_t n = 1;; n++) {
        Value x = obj_iternext(vm, it);
        if (x == VAL_NULL)
            return vm_exc_pending(vm) ? -1 : 0;
        if (set_add(vm, set, x) < 0)
            return -1;
        if ((n & CONTAINER_TICK_MASK) == 0 && vm_tick(vm) < 0)
            return -1;
    }
}

Value set_from_iterable(Vm *vm, const TypeObj *type, Value iterable)
{
    Value s = set_alloc(vm, type);
    if (s == VAL_NULL)
        return VAL_NULL;
    if (IS_SET_LIKE(iterable)) {
        if (ht_copy_into(vm, SET_TABLE(s), SET_TABLE(iterable)) < 0)
            return VAL_NULL;
        return s;
    }
    if (set_update(vm, s, iterable) < 0)
        return VAL_NULL;
    return s;
}

static Value set_copy_as(Vm *vm, const TypeObj *type, Value src)
{
    Value s = set_alloc(vm, type);
    if (s == VAL_NULL || ht_copy_into(vm, SET_TABLE(s), SET_TABLE(src)) < 0)
        return VAL_NULL;
    return s;
}

/* A set-like view of any iterable for membership tests: sets and dicts
 * as they are, anything else materialised into a temporary set. */
static Value as_lookup_set(Vm *vm, Value other)
{
    if (IS_SET_LIKE(other) || IS_DICT_LIKE(other))
        return other;
    return set_from_iterable(vm, &t_set, other);
}

static int lookup_in(Vm *vm, Value container, Value key, int64_t hash)
{
    HashTable *ht = IS_SET_LIKE(container) ? SET_TABLE(container) : &((DictObj *)AS_OBJ(container))->table;
    return ht_lookup(vm, ht, key, hash, NULL);
}

/* ------------------------------------------------------------ algebra */

static Value set_intersection2(Vm *vm, const TypeObj *type, Value a, Value other)
{
    Value b = as_lookup_set(vm, other);
    if (b == VAL_NULL)
        return VAL_NULL;
    Value r = set_alloc(vm, type);
    if (r == VAL_NULL)
        return VAL_NULL;
    HashTable *ha = SET_TABLE(a);
    /* iterate the smaller one when both are sets */
    if (IS_SET_LIKE(b) && SET_TABLE(b)->used < ha->used) {
        Value t = a;
        a = b;
        b = t;
        ha = SET_TABLE(a);
    }
    size_t pos = 0;
    uint32_t n = 0;
    DictEntry *e;
    while ((e = ht_next(ha, &pos)) != NULL) {
        Value k = e->key;
        int64_t h = e->hash;
        int c = lookup_in(vm, b, k, h);
        if (c < 0)
            return VAL_NULL;
        if (c && ht_insert(vm, SET_TABLE(r), k, h, VAL_NULL) < 0)
            return VAL_NULL;
        if ((++n & CONTAINER_TICK_MASK) == 0 && vm_tick(vm) < 0)
            return VAL_NULL;
    }
    return r;
}

static Value set_difference2(Vm *vm, const TypeObj *type, Value a, Value other)
{
    Value b = as_lookup_set(vm, other);
    if (b == VAL_NULL)
        return VAL_NULL;
    Value r = set_alloc(vm, type);
    if (r == VAL_NULL)
        return VAL_NULL;
    size_t pos = 0;
    uint32_t n = 0;
    DictEntry *e;
    while ((e = ht_next(SET_TABLE(a), &pos)) != NULL) {
        Value k = e->key;
        int64_t h = e->hash;
        int c = lookup_in(vm, b, k, h);
        if (c < 0)
            return VAL_NULL;
        if (!c && ht_insert(vm, SET_TABLE(r), k, h, VAL_NULL) < 0)
            return VAL_NULL;
        if ((++n & CONTAINER_TICK_MASK) == 0 && vm_tick(vm) < 0)
            return VAL_NULL;
    }
    return r;
}

static Value set_symdiff2(Vm *vm, const TypeObj *type, Value a, Value other)
{
    Value b = IS_SET_LIKE(other) ? other : set_from_iterable(vm, &t_set, other);
    if (b == VAL_NULL)
        return VAL_NULL;
    Value r = set_difference2(vm, type, a, b);
    if (r == VAL_NULL)
        return VAL_NULL;
    size_t pos = 0;
    uint32_t n = 0;
    DictEntry *e;
    while ((e = ht_next(SET_TABLE(b), &pos)) != NULL) {
        Value k = e->key;
        int64_t h = e->hash;
        int c = ht_lookup(vm, SET_TABLE(a), k, h, NULL);
        if (c < 0)
            return VAL_NULL;
        if (!c && ht_insert(vm, SET_TABLE(r), k, h, VAL_NULL) < 0)
            return VAL_NULL;
        if ((++n & CONTAINER_TICK_MASK) == 0 && vm_tick(vm) < 0)
            return VAL_NULL;
    }
    return r;
}

/* Replace the contents of 'dst' by those of 'src' (in-place updates). */
static void set_take(Vm *vm, Value dst, Value src)
{
    HashTable *d = SET_TABLE(dst), *s = SET_TABLE(src);
    uint64_t version = d->version;
    ht_free(vm, d);
    *d = *s;
    d->version = version + 1;
    s->entries = NULL;
    s->index = NULL;
    s->used = s->nentries = s->entries_cap = s->index_size = 0;
}

/* every element of a is in b (b any set-like or dict): 1/0/-1 */
static int set_is_subset(Vm *vm, Value a, Value b)
{
    if (SET_TABLE(a)->used > SET_TABLE(b)->used)
        return 0;
    size_t pos = 0;
    uint32_t n = 0;
    DictEntry *e;
    while ((e = ht_next(SET_TABLE(a), &pos)) != NULL) {
        int c = ht_lookup(vm, SET_TABLE(b), e->key, e->hash, NULL);
        if (c <= 0)
            return c;
        if ((++n & CONTAINER_TICK_MASK) == 0 && vm_tick(vm) < 0)
            return -1;
    }
    return 1;
}

static int64_t shuffle_bits(uint64_t h) { return (int64_t)(((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL); }

/* CPython's frozenset hash (order independent). */
static int frozenset_hash(Vm *vm, Value self, int64_t *out)
{
    HashTable *ht = SET_TABLE(self);
    uint64_t hash = 0;
    size_t pos = 0;
    DictEntry *e;
    while ((e = ht_next(ht, &pos)) != NULL)
        hash ^= (uint64_t)shuffle_bits((uint64_t)e->hash);
    hash ^= ((uint64_t)ht->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1)
        hash = 590923713ULL;
    *out = (int64_t)hash;
    return 0;
}

/* --------------------------------------------------------------- slots */

static Value set_repr(Vm *vm, Value self)
{
    const TypeObj *type = AS_OBJ(self)->type;
    const char *name = type_name(type);
    StrBuf sb;
    sb_init(&sb, vm);
    if (SET_TABLE(self)->used == 0) {
        sb_append_cstr(&sb, name);
        sb_append_cstr(&sb, "()");
        return sb_finish(&sb);
    }
    int busy = repr_enter(vm, self);
    if (busy < 0) {
        sb_free(&sb);
        return VAL_NULL;
    }
    if (busy) {
        sb_append_cstr(&sb, name);
        sb_append_cstr(&sb, "(...)");
        return sb_finish(&sb);
    }
    bool wrapped = type != &t_set;
    if (wrapped) {
        sb_append_cstr(&sb, name);
        sb_append_char(&sb, '(');
    }
    sb_append_char(&sb, '{');
    size_t pos = 0;
    uint32_t n = 0;
    DictEntry *e;
    while ((e = ht_next(SET_TABLE(self), &pos)) != NULL) {
        if (n > 0)
            sb_append(&sb, ", ", 2);
        Value r = obj_repr(vm, e->key);
        if (r == VAL_NULL || sb_append_value_str(&sb, r) < 0 ||
            ((++n & CONTAINER_TICK_MASK) == 0 && vm_tick(vm) < 0)) {
            repr_leave(vm, self);
            sb_free(&sb);
            return VAL_NULL;
        }
    }
    repr_leave(vm, self);
    sb_append_char(&sb, '}');
    if (wrapped)
        sb_append_char(&sb, ')');
    return sb_finish(&sb);
}

static Value set_richcompare_nested(Vm *vm, Value a, Value b, int op);

static Value set_richcompare(Vm *vm, Value a, Value b, int op)
{
    if (!IS_SET_LIKE(a) || !IS_SET_LIKE(b))
        return VAL_NOTIMPL;
    if (nest_enter(vm, " in comparison") < 0)
        return VAL_NULL;
    Value r = set_richcompare_nested(vm, a, b, op);
    nest_leave(vm);
    return r;
}

static Value set_richcompare_nested(Vm *vm, Value a, Value b, int op)
{
    size_t la = SET_TABLE(a)->used, lb = SET_TABLE(b)->used;
    int r;
    switch (op) {
    case CMP_EQ: case CMP_NE:
        r = la == lb ? set_is_subset(vm, a, b) : 0;
        if (r < 0)
            return VAL_NULL;
        return VAL_BOOL(op == CMP_EQ ? r : !r);
    case CMP_LE: r = set_is_subset(vm, a, b); break;
    case CMP_LT: r = la < lb ? set_is_subset(vm, a, b) : 0; break;
    case CMP_GE: r = set_is_subset(vm, b, a); break;
    default: r = lb < la ? set_is_subset(vm, b, a) : 0; break;
    }
    return r < 0 ? VAL_NULL : VAL_BOOL(r);
}

static Value set_iter(Vm *vm, Value self)
{
    IterObj *it = (IterObj *)obj_alloc(vm, &t_set_iterator, sizeof(IterObj));
    if (!it)
        return VAL_NULL;
    HashTable *ht = SET_TABLE(self);
    it->seq = self;
    it->index = (int64_t)ht_first_hint(ht);
    it->end = (int64_t)ht->used;
    it->version = ht->version;
    return OBJ_VAL(it);
}

static Value setiter_next(Vm *vm, Value self)
{
    IterObj *it = (IterObj *)AS_OBJ(self);
    if (it->seq == VAL_NULL)
        return VAL_NULL;
    HashTable *ht = SET_TABLE(it->seq);
    if (ht->version != it->version) {
        it->end = -1;
        return vm_raise(vm, &t_RuntimeError, "Set changed size during iteration");
    }
    while (it->index < (int64_t)ht->nentries) {
        DictEntry *e = &ht->entries[it->index++];
        if (e->key != VAL_NULL)
            return e->key;
    }
    it->seq = VAL_NULL;
    return VAL_NULL;
}

static int64_t set_len(Vm *vm, Value self) { return (int64_t)SET_TABLE(self)->used; }

static int set_contains_slot(Vm *vm, Value self, Value key) { return set_contains(vm, self, key); }

static void set_trace(Vm *vm, Obj *self) { ht_trace(vm, &((SetObj *)self)->table); }
static void set_finalize(Vm *vm, Obj *self) { ht_free(vm, &((SetObj *)self)->table); }

static Value set_binop(Vm *vm, int op, Value a, Value b)
{
    bool inplace = (op & BINOP_INPLACE) != 0;
    op &= 15;
    if (op != BINOP_OR && op != BINOP_AND && op != BINOP_SUB && op != BINOP_XOR)
        return VAL_NOTIMPL;
    if (!IS_SET_LIKE(a) || !IS_SET_LIKE(b))
        return VAL_NOTIMPL;
    const TypeObj *type = result_type(a);
    if (inplace && !IS_FROZEN_LIKE(a)) {
        switch (op) {
        case BINOP_OR:
            return set_update(vm, a, b) < 0 ? VAL_NULL : a;
        case BINOP_SUB:
            if (a == b) {
                ht_clear(vm, SET_TABLE(a));
                return a;
            } else {
                size_t pos = 0;
                DictEntry *e;
                while ((e = ht_next(SET_TABLE(b), &pos)) != NULL)
                    if (ht_delete(vm, SET_TABLE(a), e->key, e->hash) < 0)
                        return VAL_NULL;
                return a;
            }
        default: {
            Value r = op == BINOP_AND ? set_intersection2(vm, &t_set, a, b) : set_symdiff2(vm, &t_set, a, b);
            if (r == VAL_NULL)
                return VAL_NULL;
            set_take(vm, a, r);
            return a;
        }
        }
    }
    switch (op) {
    case BINOP_OR: {
        Value r = set_copy_as(vm, type, a);
        if (r == VAL_NULL || set_update(vm, r, b) < 0)
            return VAL_NULL;
        return r;
    }
    case BINOP_AND: return set_intersection2(vm, type, a, b);
    case BINOP_SUB: return set_difference2(vm, type, a, b);
    default: return set_symdiff2(vm, type, a, b);
    }
}

static Value set_new_slot(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    bool frozen = type_is_subtype(type, &t_frozenset);
    const char *name = frozen ? "frozenset" : "set";
    if (kwnames != VAL_NULL && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "%s() takes no keyword arguments", name);
    if (nargs > 1)
        return vm_raise(vm, &t_TypeError, "%s expected at most 1 argument, got %d", name, nargs);
    if (frozen) {
        if (type == &t_frozenset && nargs == 1 && IS_TYPE(args[0], &t_frozenset))
            return args[0];
        return nargs == 1 ? set_from_iterable(vm, type, args[0]) : set_alloc(vm, type);
    }
    if (nargs == 1)
        return set_from_iterable(vm, type, args[0]);
    return set_alloc(vm, type);
}

/* ------------------------------------------------------------- methods */

static Value setm_init(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (kwnames != VAL_NULL && TUPLE_LEN(kwnames) > 0)
        return vm_raise(vm, &t_TypeError, "set() takes no keyword arguments");
    if (nargs > 2)
        return vm_raise(vm, &t_TypeError, "set expected at most 1 argument, got %d", nargs - 1);
    if (IS_FROZEN_LIKE(args[0]))
        return VAL_NONE;
    ht_clear(vm, SET_TABLE(args[0]));
    if (nargs == 2 && set_update(vm, args[0], args[1]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value setm_add(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "set.add", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    return set_add(vm, args[0], args[1]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value setm_remove(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "set.remove", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    int r = set_discard(vm, args[0], args[1]);
    if (r < 0)
        return VAL_NULL;
    if (r == 0)
        return raise_key_error(vm, args[1]);
    return VAL_NONE;
}

static Value setm_discard(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "set.discard", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    return set_discard(vm, args[0], args[1]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value setm_pop(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "set.pop", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    HashTable *ht = SET_TABLE(args[0]);
    if (ht->used == 0)
        return vm_raise(vm, &t_KeyError, "pop from an empty set");
    size_t pos = ht_first_hint(ht);
    DictEntry *e = ht_next(ht, &pos);
    Value k = e->key;
    ht_remove_entry(vm, ht, pos - 1);
    return k;
}

static Value setm_clear(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "set.clear", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    ht_clear(vm, SET_TABLE(args[0]));
    return VAL_NONE;
}

static Value setm_copy(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "set.copy", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    if (IS_TYPE(args[0], &t_frozenset))
        return args[0];
    return set_copy_as(vm, result_type(args[0]), args[0]);
}

static Value setm_update(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "set.update", 0, kwnames, 0, 0) < 0)
        return VAL_NULL;
    for (int i = 1; i < nargs; i++)
        if (set_update(vm, args[0], args[i]) < 0)
            return VAL_NULL;
    return VAL_NONE;
}

static Value setm_union(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "set.union", 0, kwnames, 0, 0) < 0)
        return VAL_NULL;
    Value r = set_copy_as(vm, result_type(args[0]), args[0]);
    if (r == VAL_NULL)
        return VAL_NULL;
    for (int i = 1; i < nargs; i++)
        if (set_update(vm, r, args[i]) < 0)
            return VAL_NULL;
    return r;
}

static Value setm_intersection(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "set.intersection", 0, kwnames, 0, 0) < 0)
        return VAL_NULL;
    const TypeObj *type = result_type(args[0]);
    Value r = set_copy_as(vm, type, args[0]);
    for (int i = 1; i < nargs && r != VAL_NULL; i++)
        r = set_intersection2(vm, type, r, args[i]);
    return r;
}

static Value setm_difference(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "set.difference", 0, kwnames, 0, 0) < 0)
        return VAL_NULL;
    const TypeObj *type = result_type(args[0]);
    Value r = set_copy_as(vm, type, args[0]);
    for (int i = 1; i < nargs && r != VAL_NULL; i++)
        r = set_difference2(vm, type, r, args[i]);
    return r;
}

static Value setm_symmetric_difference(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "set.symmetric_difference", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    return set_symdiff2(vm, result_type(args[0]), args[0], args[1]);
}

static Value setm_intersection_update(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "set.intersection_update", 0, kwnames, 0, 0) < 0)
        return VAL_NULL;
    Value r = args[0];
    for (int i = 1; i < nargs && r != VAL_NULL; i++)
        r = set_intersection2(vm, &t_set, r, args[i]);
    if (r == VAL_NULL)
        return VAL_NULL;
    if (r != args[0])
        set_take(vm, args[0], r);
    return VAL_NONE;
}

static Value setm_difference_update(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "set.difference_update", 0, kwnames, 0, 0) < 0)
        return VAL_NULL;
    for (int i = 1; i < nargs; i++) {
        if (args[i] == args[0]) {
            ht_clear(vm, SET_TABLE(args[0]));
            continue;
        }
        Value it = obj_iter(vm, args[i]);
        if (it == VAL_NULL)
            return VAL_NULL;
        for (uint32_t n = 1;; n++) {
            Value x = obj_iternext(vm, it);
            if (x == VAL_NULL) {
                if (vm_exc_pending(vm))
                    return VAL_NULL;
                break;
            }
            if (set_discard(vm, args[0], x) < 0)
                return VAL_NULL;
            if ((n & CONTAINER_TICK_MASK) == 0 && vm_tick(vm) < 0)
                return VAL_NULL;
        }
    }
    return VAL_NONE;
}

static Value setm_symmetric_difference_update(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "set.symmetric_difference_update", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    Value r = set_symdiff2(vm, &t_set, args[0], args[1]);
    if (r == VAL_NULL)
        return VAL_NULL;
    set_take(vm, args[0], r);
    return VAL_NONE;
}

static Value setm_issubset(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "set.issubset", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    Value b = IS_SET_LIKE(args[1]) ? args[1] : set_from_iterable(vm, &t_set, args[1]);
    if (b == VAL_NULL)
        return VAL_NULL;
    int r = set_is_subset(vm, args[0], b);
    return r < 0 ? VAL_NULL : VAL_BOOL(r);
}

static Value setm_issuperset(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "set.issuperset", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    Value b = IS_SET_LIKE(args[1]) ? args[1] : set_from_iterable(vm, &t_set, args[1]);
    if (b == VAL_NULL)
        return VAL_NULL;
    int r = set_is_subset(vm, b, args[0]);
    return r < 0 ? VAL_NULL : VAL_BOOL(r);
}

static Value setm_isdisjoint(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "set.isdisjoint", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    Value it = obj_iter(vm, args[1]);
    if (it == VAL_NULL)
        return VAL_NULL;
    for (uint32_t n = 1;; n++) {
        Value x = obj_iternext(vm, it);
        if (x == VAL_NULL)
            return vm_exc_pending(vm) ? VAL_NULL : VAL_TRUE;
        int r = set_contains(vm, args[0], x);
        if (r < 0)
            return VAL_NULL;
        if (r)
            return VAL_FALSE;
        if ((n & CONTAINER_TICK_MASK) == 0 && vm_tick(vm) < 0)
            return VAL_NULL;
    }
}

static Value setm_contains(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "set.__contains__", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    int r = set_contains(vm, args[0], args[1]);
    return r < 0 ? VAL_NULL : VAL_BOOL(r);
}

static Value setm_len(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return MAKE_SMALLINT((int64_t)SET_TABLE(args[0])->used);
}

static Value setm_iter(Vm *vm, Value *args, int nargs, Value kwnames) { return set_iter(vm, args[0]); }

static Value setm_repr(Vm *vm, Value *args, int nargs, Value kwnames) { return set_repr(vm, args[0]); }

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

static const BuiltinFunc set_methods[] = {
    BUILTIN_CLASSMETHOD("__class_getitem__", class_getitem),
    BUILTIN_METHOD("__init__", setm_init),
    BUILTIN_METHOD("add", setm_add),
    BUILTIN_METHOD("remove", setm_remove),
    BUILTIN_METHOD("discard", setm_discard),
    BUILTIN_METHOD("pop", setm_pop),
    BUILTIN_METHOD("clear", setm_clear),
    BUILTIN_METHOD("copy", setm_copy),
    BUILTIN_METHOD("update", setm_update),
    BUILTIN_METHOD("union", setm_union),
    BUILTIN_METHOD("intersection", setm_intersection),
    BUILTIN_METHOD("difference", setm_difference),
    BUILTIN_METHOD("symmetric_difference", setm_symmetric_difference),
    BUILTIN_METHOD("intersection_update", setm_intersection_update),
    BUILTIN_METHOD("difference_update", setm_difference_update),
    BUILTIN_METHOD("symmetric_difference_update", setm_symmetric_difference_update),
    BUILTIN_METHOD("issubset", setm_issubset),
    BUILTIN_METHOD("issuperset", setm_issuperset),
    BUILTIN_METHOD("isdisjoint", setm_isdisjoint),
    BUILTIN_METHOD("__contains__", setm_contains),
    BUILTIN_METHOD("__len__", setm_len),
    BUILTIN_METHOD("__iter__", setm_iter),
    BUILTIN_METHOD("__repr__", setm_repr),
};

static const BuiltinFunc frozenset_methods[] = {
    BUILTIN_CLASSMETHOD("__class_getitem__", class_getitem),
    BUILTIN_METHOD("copy", setm_copy),
    BUILTIN_METHOD("union", setm_union),
    BUILTIN_METHOD("intersection", setm_intersection),
    BUILTIN_METHOD("difference", setm_difference),
    BUILTIN_METHOD("symmetric_difference", setm_symmetric_difference),
    BUILTIN_METHOD("issubset", setm_issubset),
    BUILTIN_METHOD("issuperset", setm_issuperset),
    BUILTIN_METHOD("isdisjoint", setm_isdisjoint),
    BUILTIN_METHOD("__contains__", setm_contains),
    BUILTIN_METHOD("__len__", setm_len),
    BUILTIN_METHOD("__iter__", setm_iter),
    BUILTIN_METHOD("__repr__", setm_repr),
};

const TypeObj t_set = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "set",
    .base = &t_object,
    .layout = K_SET,
    .basicsize = sizeof(SetObj),
    .flags = TF_BASETYPE,
    .methods = set_methods,
    .nmethods = sizeof(set_methods) / sizeof(set_methods[0]),
    .repr = set_repr,
    .hash = unhashable,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = set_new_slot,
    .len = set_len,
    .contains = set_contains_slot,
    .trace = set_trace,
    .finalize = set_finalize,
    .binop = set_binop,
};

const TypeObj t_frozenset = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "frozenset",
    .base = &t_object,
    .layout = K_SET,
    .basicsize = sizeof(SetObj),
    .flags = TF_BASETYPE,
    .methods = frozenset_methods,
    .nmethods = sizeof(frozenset_methods) / sizeof(frozenset_methods[0]),
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = set_new_slot,
    .len = set_len,
    .contains = set_contains_slot,
    .trace = set_trace,
    .finalize = set_finalize,
    .binop = set_binop,
};

static Value iter_self(Vm *vm, Value self) { return self; }

static void setiter_trace(Vm *vm, Obj *self)
{
    IterObj *it = (IterObj *)self;
    if (IS_OBJ(it->seq))
        gc_mark(vm, it->seq);
}

const TypeObj t_set_iterator = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "set_iterator",
    .base = &t_object,
    .layout = K_ITER,
    .basicsize = sizeof(IterObj),
    .flags = TF_ABSTRACT_NEW,
    .iter = iter_self,
    .iternext = setiter_next,
    .trace = setiter_trace,
};
