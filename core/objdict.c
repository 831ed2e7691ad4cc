/* Corral core: the insertion-ordered hash table shared by dict and set,
 * the dict type, its views and their iterators.
 *
 * The table is CPython 3.6's compact dict: 'entries' is a dense array in
 * insertion order (deleted entries keep their place with key == VAL_NULL
 * until the next resize compacts them) and 'index' is a sparse
 * open-addressing array of positions into 'entries' (-1 empty, -2 dummy)
 * probed with CPython's perturbation recurrence.  The index is at most 2/3
 * full of non-empty slots, so a miss always ends at an empty slot, and a
 * resize also drops the dummies: deleting and reinserting stays linear.
 */
#include "containers.h"
#include "opcodes.h"
#include "vm.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define HT_MIN_SIZE 8
#define PERTURB_SHIFT 5

/* ------------------------------------------------------------ hash table */

static size_t ht_usable(size_t index_size) { return index_size * 2 / 3; }

/* The index is stored in the narrowest signed type that holds every entry
 * position of its size ('index' is really a byte buffer of
 * index_size * ix_width bytes), as in CPython: small dicts stay small. */
static size_t ix_width(size_t index_size)
{
    return index_size <= 128 ? 1 : index_size <= 32768 ? 2 : index_size <= ((size_t)1 << 31) ? 4 : 8;
}

static inline int64_t ix_get(const void *index, size_t index_size, size_t i)
{
    switch (ix_width(index_size)) {
    case 1: return ((const int8_t *)index)[i];
    case 2: return ((const int16_t *)index)[i];
    case 4: return ((const int32_t *)index)[i];
    default: return ((const int64_t *)index)[i];
    }
}

static inline void ix_set(void *index, size_t index_size, size_t i, int64_t v)
{
    switch (ix_width(index_size)) {
    case 1: ((int8_t *)index)[i] = (int8_t)v; break;
    case 2: ((int16_t *)index)[i] = (int16_t)v; break;
    case 4: ((int32_t *)index)[i] = (int32_t)v; break;
    default: ((int64_t *)index)[i] = v; break;
    }
}

#define IX_GET(ht, i) ix_get((ht)->index, (ht)->index_size, (i))
#define IX_SET(ht, i, v) ix_set((ht)->index, (ht)->index_size, (i), (v))
#define IX_BYTES(size) ((size) * ix_width(size))

int key_hash(Vm *vm, Value key, int64_t *out)
{
    if (IS_SMALLINT(key)) {
        *out = int_hash(key);
        return 0;
    }
    if (IS_STR(key)) {
        *out = str_hash(key);
        return 0;
    }
    return obj_hash(vm, key, out);
}

static void ht_place(void *index, size_t index_size, int64_t hash, int64_t pos)
{
    size_t mask = index_size - 1;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    while (ix_get(index, index_size, i) != IX_EMPTY) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
    ix_set(index, index_size, i, pos);
}

/* Rebuild with room for at least 'min_usable' entries, compacting deleted
 * entries away. */
static int ht_resize(Vm *vm, HashTable *ht, size_t min_usable)
{
    size_t size = HT_MIN_SIZE;
    while (ht_usable(size) < min_usable) {
        if (size > (SIZE_MAX / 2) / sizeof(DictEntry)) {
            vm_raise_memory(vm);
            return -1;
        }
        size <<= 1;
    }
    size_t usable = ht_usable(size);
    void *index = mem_alloc(vm, IX_BYTES(size));
    if (!index)
        return -1;
    DictEntry *entries = mem_alloc(vm, usable * sizeof(DictEntry));
    if (!entries) {
        mem_free(vm, index, IX_BYTES(size));
        return -1;
    }
    memset(index, 0xff, IX_BYTES(size));   /* all -1 == IX_EMPTY at every width */
    size_t n = 0;
    for (size_t i = 0; i < ht->nentries; i++) {
        DictEntry *e = &ht->entries[i];
        if (e->key == VAL_NULL)
            continue;
        entries[n] = *e;
        ht_place(index, size, e->hash, (int64_t)n);
        n++;
    }
    if (ht->index)
        mem_free(vm, ht->index, IX_BYTES(ht->index_size));
    if (ht->entries)
        mem_free(vm, ht->entries, ht->entries_cap * sizeof(DictEntry));
    ht->index = index;
    ht->index_size = size;
    ht->entries = entries;
    ht->entries_cap = usable;
    ht->nentries = n;
    ht->used = n;
    return 0;
}

static bool keys_identical_or_str_equal(Value a, Value b, int *decided)
{
    if (a == b) {
        *decided = 1;
        return true;
    }
    if (IS_STR(a) && IS_STR(b)) {
        *decided = 1;
        return str_eq(a, b);
    }
    if (IS_SMALLINT(a) && IS_SMALLINT(b)) {
        *decided = 1;
        return false;
    }
    *decided = 0;
    return false;
}

/* Find 'key'.  Returns 1 (found: *slot and *epos set), 0 (missing: *slot is
 * where a new key would go, SIZE_MAX if the table has no index) or -1. */
static int ht_find(Vm *vm, HashTable *ht, Value key, int64_t hash, size_t *slot, size_t *epos)
{
restart:
    if (ht->index_size == 0) {
        *slot = SIZE_MAX;
        return 0;
    }
    size_t mask = ht->index_size - 1;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    size_t free_slot = SIZE_MAX;
    for (;;) {
        int64_t ix = IX_GET(ht, i);
        if (ix == IX_EMPTY) {
            *slot = free_slot != SIZE_MAX ? free_slot : i;
            return 0;
        }
        if (ix == IX_DUMMY) {
            if (free_slot == SIZE_MAX)
                free_slot = i;
        } else {
            DictEntry *e = &ht->entries[ix];
            if (e->key == key) {
                *slot = i;
                *epos = (size_t)ix;
                return 1;
            }
            if (e->hash == hash) {
                int decided;
                bool eq = keys_identical_or_str_equal(e->key, key, &decided);
                if (!decided) {
                    uint64_t version = ht->version;
                    DictEntry *entries = ht->entries;
                    size_t size = ht->index_size;
                    Value stored = e->key;
                    int r = obj_eq(vm, stored, key);
                    if (r < 0)
                        return -1;
                    /* __eq__ may have mutated the table: start over */
                    if (ht->version != version || ht->entries != entries ||
                        ht->index_size != size || ht->entries[ix].key != stored)
                        goto restart;
                    eq = r != 0;
                }
                if (eq) {
                    *slot = i;
                    *epos = (size_t)ix;
                    return 1;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
}

/* Lookup by str key without ever calling Python: only str keys match. */
static int64_t ht_find_str(HashTable *ht, Value key, int64_t hash)
{
    if (ht->index_size == 0)
        return -1;
    size_t mask = ht->index_size - 1;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        int64_t ix = IX_GET(ht, i);
        if (ix == IX_EMPTY)
            return -1;
        if (ix >= 0) {
            Value k = ht->entries[ix].key;
            if (k == key || (ht->entries[ix].hash == hash && IS_STR(k) && str_eq(k, key)))
                return ix;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
}

int ht_lookup(Vm *vm, HashTable *ht, Value key, int64_t hash, size_t *entry_pos)
{
    size_t slot, epos = 0;
    int r = ht_find(vm, ht, key, hash, &slot, &epos);
    if (r == 1 && entry_pos)
        *entry_pos = epos;
    return r;
}

int ht_insert(Vm *vm, HashTable *ht, Value key, int64_t hash, Value value)
{
    size_t slot = 0, epos = 0;
    int r = ht_find(vm, ht, key, hash, &slot, &epos);
    if (r < 0)
        return -1;
    if (r == 1) {
        ht->entries[epos].value = value;
        return 0;
    }
    if (ht->nentries >= ht->entries_cap) {
        size_t want = ht->used * 3;
        if (want < ht->used + 1)
            want = ht->used + 1;
        if (ht_resize(vm, ht, want) < 0)
            return -1;
        slot = SIZE_MAX;
    }
    if (slot == SIZE_MAX) {
        ht_place(ht->index, ht->index_size, hash, (int64_t)ht->nentries);
    } else {
        IX_SET(ht, slot, (int64_t)ht->nentries);
    }
    DictEntry *e = &ht->entries[ht->nentries++];
    e->hash = hash;
    e->key = key;
    e->value = value;
    ht->used++;
    ht->version++;
    return 0;
}

/* Deleted entries carry two hints in their otherwise unused hash field, so
 * "remove the first item" loops (set.pop, next(iter(d)) + del) and
 * "remove the last item" loops (popitem) stay linear:
 *  - when entries[0] is deleted, entries[0 .. entries[0].hash) are deleted;
 *  - when entries[nentries-1] is deleted, entries[hash .. nentries) are.
 * Both never meet on one entry: a table whose last live entry goes away is
 * freed at once.  'nentries' only shrinks by resizing, so every non-empty
 * index slot (live or dummy) has an entry and the index never fills up. */
size_t ht_first_hint(const HashTable *ht)
{
    if (ht->nentries == 0 || ht->entries[0].key != VAL_NULL)
        return 0;
    size_t hint = (size_t)ht->entries[0].hash;
    return hint < ht->nentries ? hint : ht->nentries;
}

/* Position of the last live entry; the table must not be empty. */
size_t ht_last_live(const HashTable *ht)
{
    size_t last = ht->nentries - 1;
    size_t p = ht->entries[last].key != VAL_NULL ? last : (size_t)ht->entries[last].hash - 1;
    while (ht->entries[p].key == VAL_NULL)
        p--;
    return p;
}

static void ht_release(Vm *vm, HashTable *ht)
{
    if (ht->index)
        mem_free(vm, ht->index, IX_BYTES(ht->index_size));
    if (ht->entries)
        mem_free(vm, ht->entries, ht->entries_cap * sizeof(DictEntry));
    ht->index = NULL;
    ht->entries = NULL;
    ht->index_size = ht->entries_cap = ht->nentries = ht->used = 0;
}

static void ht_remove_at(HashTable *ht, size_t slot, size_t epos)
{
    IX_SET(ht, slot, IX_DUMMY);
    ht->entries[epos].key = VAL_NULL;
    ht->entries[epos].value = VAL_NULL;
    ht->used--;
    ht->version++;
    if (ht->used == 0)
        return;   /* the caller frees the table */
    size_t last = ht->nentries - 1;
    if (epos == 0)
        ht->entries[0].hash = 0;
    if (ht->entries[0].key == VAL_NULL && (size_t)ht->entries[0].hash == epos) {
        size_t hint = epos + 1;
        while (hint < ht->nentries && ht->entries[hint].key == VAL_NULL)
            hint++;
        ht->entries[0].hash = (int64_t)hint;
    }
    if (epos == last || (ht->entries[last].key == VAL_NULL && (size_t)ht->entries[last].hash == epos + 1)) {
        size_t tail = epos;
        while (tail > 0 && ht->entries[tail - 1].key == VAL_NULL)
            tail--;
        ht->entries[last].hash = (int64_t)tail;
    }
}

int ht_delete(Vm *vm, HashTable *ht, Value key, int64_t hash)
{
    size_t slot = 0, epos = 0;
    int r = ht_find(vm, ht, key, hash, &slot, &epos);
    if (r != 1)
        return r;
    ht_remove_at(ht, slot, epos);
    if (ht->used == 0)
        ht_release(vm, ht);
    return 1;
}

/* Remove the entry at entries[epos] (known live): find its index slot. */
void ht_remove_entry(Vm *vm, HashTable *ht, size_t epos)
{
    int64_t hash = ht->entries[epos].hash;
    size_t mask = ht->index_size - 1;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    while (IX_GET(ht, i) != (int64_t)epos) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
    ht_remove_at(ht, i, epos);
    if (ht->used == 0)
        ht_release(vm, ht);
}

void ht_free(Vm *vm, HashTable *ht) { ht_release(vm, ht); }

void ht_clear(Vm *vm, HashTable *ht)
{
    ht_free(vm, ht);
    ht->version++;
}

DictEntry *ht_next(HashTable *ht, size_t *pos)
{
    while (*pos < ht->nentries) {
        DictEntry *e = &ht->entries[(*pos)++];
        if (e->key != VAL_NULL)
            return e;
    }
    return NULL;
}

/* Copy all live entries of src into an empty dst (no comparisons). */
int ht_copy_into(Vm *vm, HashTable *dst, HashTable *src)
{
    if (src->used == 0)
        return 0;
    if (ht_resize(vm, dst, src->used) < 0)
        return -1;
    size_t pos = 0;
    DictEntry *e;
    while ((e = ht_next(src, &pos)) != NULL) {
        dst->entries[dst->nentries] = *e;
        ht_place(dst->index, dst->index_size, e->hash, (int64_t)dst->nentries);
        dst->nentries++;
    }
    dst->used = dst->nentries;
    dst->version++;
    return 0;
}

void ht_trace(Vm *vm, HashTable *ht)
{
    for (size_t i = 0; i < ht->nentries; i++) {
        DictEntry *e = &ht->entries[i];
        if (e->key == VAL_NULL)
            continue;
        if (IS_OBJ(e->key))
            gc_mark(vm, e->key);
        if (IS_OBJ(e->value))
            gc_mark(vm, e->value);
    }
}

/* ------------------------------------------------------------------ dict */

Value raise_key_error(Vm *vm, Value key)
{
    Value args = tuple_pack1(vm, key);
    if (args == VAL_NULL)
        return VAL_NULL;
    Value exc = exc_new(vm, &t_KeyError, args);
    if (exc == VAL_NULL)
        return VAL_NULL;
    return vm_raise_value(vm, exc);
}

static Value dict_alloc(Vm *vm, const TypeObj *type)
{
    Obj *o = obj_alloc(vm, type, type->basicsize ? type->basicsize : sizeof(DictObj));
    return o ? OBJ_VAL(o) : VAL_NULL;
}

Value dict_new(Vm *vm) { return dict_alloc(vm, &t_dict); }

#define DICT_TABLE(d) (&((DictObj *)AS_OBJ(d))->table)

Value dict_get(Vm *vm, Value dict, Value key)
{
    int64_t hash;
    if (key_hash(vm, key, &hash) < 0)
        return VAL_NULL;
    HashTable *ht = DICT_TABLE(dict);
    size_t epos = 0;
    int r = ht_lookup(vm, ht, key, hash, &epos);
    if (r <= 0)
        return VAL_NULL;
    return ht->entries[epos].value;
}

Value dict_get_str(Vm *vm, Value dict, Value strkey)
{
    HashTable *ht = DICT_TABLE(dict);
    int64_t ix = ht_find_str(ht, strkey, str_hash(strkey));
    return ix < 0 ? VAL_NULL : ht->entries[ix].value;
}

#define CSTR_KEY_MAX 120

Value dict_get_cstr(Vm *vm, Value dict, const char *key)
{
    HashTable *ht = DICT_TABLE(dict);
    size_t len = strlen(key);
    if (ht->used > 8 && len <= CSTR_KEY_MAX) {
        /* A temporary str on the C stack gets the key's real hash from
         * str_hash without allocating (this must never raise). */
        _Alignas(16) char buf[sizeof(StrObj) + CSTR_KEY_MAX + 1];
        StrObj *tmp = (StrObj *)buf;
        memset(tmp, 0, sizeof(StrObj));
        tmp->hdr.type = &t_str;
        tmp->hdr.gc_flags = OBJ_FROZEN;
        tmp->hdr.size = (uint32_t)sizeof buf;
        tmp->len = len;
        tmp->nchars = len;
        tmp->hash = -1;
        memcpy(tmp->data, key, len + 1);
        Value k = OBJ_VAL(tmp);
        int64_t ix = ht_find_str(ht, k, str_hash(k));
        return ix < 0 ? VAL_NULL : ht->entries[ix].value;
    }
    for (size_t i = 0; i < ht->nentries; i++) {
        Value k = ht->entries[i].key;
        if (k != VAL_NULL && IS_STR(k) && STR_LEN(k) == len && memcmp(STR_DATA(k), key, len) == 0)
            return ht->entries[i].value;
    }
    return VAL_NULL;
}

int dict_set(Vm *vm, Value dict, Value key, Value value)
{
    int64_t hash;
    if (key_hash(vm, key, &hash) < 0)
        return -1;
    return ht_insert(vm, DICT_TABLE(dict), key, hash, value);
}

int dict_set_cstr(Vm *vm, Value dict, const char *key, Value value)
{
    Value k = str_from_cstr(vm, key);
    if (k == VAL_NULL)
        return -1;
    return dict_set(vm, dict, k, value);
}

int dict_del(Vm *vm, Value dict, Value key)
{
    int64_t hash;
    if (key_hash(vm, key, &hash) < 0)
        return -1;
    return ht_delete(vm, DICT_TABLE(dict), key, hash);
}

size_t dict_len(Value dict) { return DICT_TABLE(dict)->used; }

bool dict_next(Value dict, size_t *pos, Value *key, Value *value)
{
    DictEntry *e = ht_next(DICT_TABLE(dict), pos);
    if (!e)
        return false;
    if (key)
        *key = e->key;
    if (value)
        *value = e->value;
    return true;
}

Value dict_copy(Vm *vm, Value dict)
{
    Value d = dict_new(vm);
    if (d == VAL_NULL)
        return VAL_NULL;
    if (ht_copy_into(vm, DICT_TABLE(d), DICT_TABLE(dict)) < 0)
        return VAL_NULL;
    return d;
}

static int dict_merge_from_dict(Vm *vm, Value dict, Value other)
{
    if (dict == other)
        return 0;
    HashTable *src = DICT_TABLE(other);
    if (DICT_TABLE(dict)->used == 0 && src->used > 0 && AS_OBJ(other)->type == &t_dict)
        return ht_copy_into(vm, DICT_TABLE(dict), src);
    size_t pos = 0;
    DictEntry *e;
    uint32_t n = 0;
    while ((e = ht_next(src, &pos)) != NULL) {
        Value k = e->key, v = e->value;
        if (ht_insert(vm, DICT_TABLE(dict), k, e->hash, v) < 0)
            return -1;
        if ((++n & CONTAINER_TICK_MASK) == 0 && vm_tick(vm) < 0)
            return -1;
    }
    return 0;
}

static int dict_merge_from_mapping(Vm *vm, Value dict, Value other, Value keys_method)
{
    Value keys = vm_call(vm, keys_method, NULL, 0, VAL_NULL);
    if (keys == VAL_NULL)
        return -1;
    Value it = obj_iter(vm, keys);
    if (it == VAL_NULL)
        return -1;
    uint32_t n = 0;
    for (;;) {
        Value k = obj_iternext(vm, it);
        if (k == VAL_NULL)
            return vm_exc_pending(vm) ? -1 : 0;
        Value v = obj_getitem(vm, other, k);
        if (v == VAL_NULL)
            return -1;
        if (dict_set(vm, dict, k, v) < 0)
            return -1;
        if ((++n & CONTAINER_TICK_MASK) == 0 && vm_tick(vm) < 0)
            return -1;
    }
}

static int dict_merge_from_pairs(Vm *vm, Value dict, Value iterable)
{
    Value it = obj_iter(vm, iterable);
    if (it == VAL_NULL)
        return -1;
    for (int64_t n = 0;; n++) {
        Value item = obj_iternext(vm, it);
        if (item == VAL_NULL)
            return vm_exc_pending(vm) ? -1 : 0;
        Value k, v;
        if (IS_TUPLE(item) || IS_LIST(item)) {
            size_t len = IS_TUPLE(item) ? TUPLE_LEN(item) : AS_LIST(item)->len;
            const Value *items = IS_TUPLE(item) ? TUPLE_ITEMS(item) : AS_LIST(item)->items;
            if (len != 2) {
                vm_raise(vm, &t_ValueError, "dictionary update sequence element #%lld has length %zu; 2 is required",
                         (long long)n, len);
                return -1;
            }
            k = items[0];
            v = items[1];
        } else {
            Value sub = obj_iter(vm, item);
            if (sub == VAL_NULL) {
                if (vm_exc_matches(vm, &t_TypeError)) {
                    vm_exc_clear(vm);
                    vm_raise(vm, &t_TypeError, "cannot convert dictionary update sequence element #%lld to a sequence",
                             (long long)n);
                }
                return -1;
            }
            Value seq = list_from_iterable(vm, sub);
            if (seq == VAL_NULL)
                return -1;
            if (AS_LIST(seq)->len != 2) {
                vm_raise(vm, &t_ValueError, "dictionary update sequence element #%lld has length %zu; 2 is required",
                         (long long)n, AS_LIST(seq)->len);
                return -1;
            }
            k = AS_LIST(seq)->items[0];
            v = AS_LIST(seq)->items[1];
        }
        if (dict_set(vm, dict, k, v) < 0)
            return -1;
        if (((uint64_t)n & CONTAINER_TICK_MASK) == CONTAINER_TICK_MASK && vm_tick(vm) < 0)
            return -1;
    }
}

int dict_update(Vm *vm, Value dict, Value other)
{
    if (IS_DICT_LIKE(other))
        return dict_merge_from_dict(vm, dict, other);
    Value keys = obj_getattr_opt(vm, other, vm_intern(vm, "keys", 4));
    if (keys == VAL_NULL) {
        if (vm_exc_pending(vm))
            return -1;
        return dict_merge_from_pairs(vm, dict, other);
    }
    return dict_merge_from_mapping(vm, dict, other, keys);
}

static int dict_update_kwargs(Vm *vm, Value dict, Value *kwvalues, Value kwnames)
{
    if (kwnames == VAL_NULL)
        return 0;
    for (size_t i = 0; i < TUPLE_LEN(kwnames); i++)
        if (dict_set(vm, dict, TUPLE_ITEMS(kwnames)[i], kwvalues[i]) < 0)
            return -1;
    return 0;
}

/* dict slots */

static Value dict_repr(Vm *vm, Value self)
{
    HashTable *ht = DICT_TABLE(self);
    if (ht->used == 0)
        return str_from_cstr(vm, "{}");
    int busy = repr_enter(vm, self);
    if (busy < 0)
        return VAL_NULL;
    if (busy)
        return str_from_cstr(vm, "{...}");
    StrBuf sb;
    sb_init(&sb, vm);
    sb_append_char(&sb, '{');
    size_t pos = 0;
    bool first = true;
    uint32_t n = 0;
    DictEntry *e;
    while ((e = ht_next(ht, &pos)) != NULL) {
        Value k = e->key, v = e->value;
        if (!first)
            sb_append(&sb, ", ", 2);
        first = false;
        Value r = obj_repr(vm, k);
        if (r == VAL_NULL)
            goto fail;
        sb_append_value_str(&sb, r);
        sb_append(&sb, ": ", 2);
        r = obj_repr(vm, v);
        if (r == VAL_NULL)
            goto fail;
        sb_append_value_str(&sb, r);
        if (sb.failed)
            goto fail;
        if ((++n & CONTAINER_TICK_MASK) == 0 && vm_tick(vm) < 0)
            goto fail;
    }
    sb_append_char(&sb, '}');
    repr_leave(vm, self);
    return sb_finish(&sb);
fail:
    repr_leave(vm, self);
    sb_free(&sb);
    return VAL_NULL;
}

/* 1 equal, 0 not, -1 error */
static int dict_equal(Vm *vm, Value a, Value b)
{
    HashTable *ha = DICT_TABLE(a), *hb = DICT_TABLE(b);
    if (ha->used != hb->used)
        return 0;
    size_t pos = 0;
    DictEntry *e;
    while ((e = ht_next(ha, &pos)) != NULL) {
        Value k = e->key, v = e->value;
        size_t epos = 0;
        int r = ht_lookup(vm, hb, k, e->hash, &epos);
        if (r <= 0)
            return r;
        Value w = hb->entries[epos].value;
        r = obj_eq(vm, v, w);
        if (r <= 0)
            return r;
        if ((pos & CONTAINER_TICK_MASK) == 0 && vm_tick(vm) < 0)
            return -1;
    }
    return 1;
}

static Value dict_richcompare(Vm *vm, Value a, Value b, int op)
{
    if (!IS_DICT_LIKE(a) || !IS_DICT_LIKE(b) || (op != CMP_EQ && op != CMP_NE))
        return VAL_NOTIMPL;
    if (nest_enter(vm, " in comparison") < 0)
        return VAL_NULL;
    int r = dict_equal(vm, a, b);
    nest_leave(vm);
    if (r < 0)
        return VAL_NULL;
    return VAL_BOOL(op == CMP_EQ ? r : !r);
}

static int64_t dict_len_slot(Vm *vm, Value self) { return (int64_t)DICT_TABLE(self)->used; }

static Value dict_getitem(Vm *vm, Value self, Value key)
{
    Value v = dict_get(vm, self, key);
    if (v != VAL_NULL || vm_exc_pending(vm))
        return v;
    const TypeObj *type = AS_OBJ(self)->type;
    if (type != &t_dict) {
        Value missing = type_lookup_cstr(vm, type, "__missing__");
        if (missing != VAL_NULL) {
            Value args[2] = {self, key};
            return vm_call(vm, missing, args, 2, VAL_NULL);
        }
    }
    return raise_key_error(vm, key);
}

static int dict_setitem(Vm *vm, Value self, Value key, Value value)
{
    if (value != VAL_NULL)
        return dict_set(vm, self, key, value);
    int r = dict_del(vm, self, key);
    if (r == 0) {
        raise_key_error(vm, key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

static int dict_contains(Vm *vm, Value self, Value key)
{
    int64_t hash;
    if (key_hash(vm, key, &hash) < 0)
        return -1;
    return ht_lookup(vm, DICT_TABLE(self), key, hash, NULL);
}

static void dict_trace(Vm *vm, Obj *self) { ht_trace(vm, &((DictObj *)self)->table); }
static void dict_finalize(Vm *vm, Obj *self) { ht_free(vm, &((DictObj *)self)->table); }

static const TypeObj *reversed_iter_type(const TypeObj *forward);

static Value dict_iter_new(Vm *vm, const TypeObj *type, Value dict, bool reversed)
{
    if (reversed)
        type = reversed_iter_type(type);
    IterObj *it = (IterObj *)obj_alloc(vm, type, sizeof(IterObj));
    if (!it)
        return VAL_NULL;
    HashTable *ht = DICT_TABLE(dict);
    it->seq = dict;
    it->step = reversed ? -1 : 1;
    it->index = reversed ? (int64_t)ht->nentries - 1 : (int64_t)ht_first_hint(ht);
    it->end = (int64_t)ht->used;
    it->version = ht->version;
    return OBJ_VAL(it);
}

static Value dict_iter(Vm *vm, Value self) { return dict_iter_new(vm, &t_dict_keyiterator, self, false); }

static Value dict_new_slot(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    Value d = dict_alloc(vm, type);
    if (d == VAL_NULL)
        return VAL_NULL;
    if (nargs > 1)
        return vm_raise(vm, &t_TypeError, "dict expected at most 1 argument, got %d", nargs);
    if (nargs == 1 && dict_update(vm, d, args[0]) < 0)
        return VAL_NULL;
    if (dict_update_kwargs(vm, d, args + nargs, kwnames) < 0)
        return VAL_NULL;
    return d;
}

static Value dict_binop(Vm *vm, int op, Value a, Value b)
{
    if ((op & 15) != BINOP_OR || !IS_DICT_LIKE(a))
        return VAL_NOTIMPL;
    if (op & BINOP_INPLACE) {
        if (dict_update(vm, a, b) < 0)
            return VAL_NULL;
        return a;
    }
    if (!IS_DICT_LIKE(b))
        return VAL_NOTIMPL;
    Value d = dict_copy(vm, a);
    if (d == VAL_NULL || dict_merge_from_dict(vm, d, b) < 0)
        return VAL_NULL;
    return d;
}

/* dict methods */

static Value dictm_init(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (nargs > 2)
        return vm_raise(vm, &t_TypeError, "dict expected at most 1 argument, got %d", nargs - 1);
    if (nargs == 2 && dict_update(vm, args[0], args[1]) < 0)
        return VAL_NULL;
    if (dict_update_kwargs(vm, args[0], args + nargs, kwnames) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value dictm_keys(Vm *vm, Value *args, int nargs, Value kwnames);
static Value dictm_values(Vm *vm, Value *args, int nargs, Value kwnames);
static Value dictm_items(Vm *vm, Value *args, int nargs, Value kwnames);

static Value dictm_get(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "get", nargs - 1, kwnames, 1, 2) < 0)
        return VAL_NULL;
    Value v = dict_get(vm, args[0], args[1]);
    if (v != VAL_NULL || vm_exc_pending(vm))
        return v;
    return nargs > 2 ? args[2] : VAL_NONE;
}

static Value dictm_setdefault(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "setdefault", nargs - 1, kwnames, 1, 2) < 0)
        return VAL_NULL;
    Value v = dict_get(vm, args[0], args[1]);
    if (v != VAL_NULL || vm_exc_pending(vm))
        return v;
    Value dflt = nargs > 2 ? args[2] : VAL_NONE;
    if (dict_set(vm, args[0], args[1], dflt) < 0)
        return VAL_NULL;
    return dflt;
}

static Value dictm_pop(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "pop", nargs - 1, kwnames, 1, 2) < 0)
        return VAL_NULL;
    int64_t hash;
    if (key_hash(vm, args[1], &hash) < 0)
        return VAL_NULL;
    HashTable *ht = DICT_TABLE(args[0]);
    size_t epos = 0;
    int r = ht_lookup(vm, ht, args[1], hash, &epos);
    if (r < 0)
        return VAL_NULL;
    if (r == 0) {
        if (nargs > 2)
            return args[2];
        return raise_key_error(vm, args[1]);
    }
    Value v = ht->entries[epos].value;
    ht_remove_entry(vm, ht, epos);
    return v;
}

static Value dictm_popitem(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "dict.popitem", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    HashTable *ht = DICT_TABLE(args[0]);
    if (ht->used == 0)
        return vm_raise(vm, &t_KeyError, "popitem(): dictionary is empty");
    size_t epos = ht_last_live(ht);
    Value pair = tuple_pack2(vm, ht->entries[epos].key, ht->entries[epos].value);
    if (pair == VAL_NULL)
        return VAL_NULL;
    ht_remove_entry(vm, ht, epos);
    return pair;
}

static Value dictm_update(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (nargs > 2)
        return vm_raise(vm, &t_TypeError, "update expected at most 1 argument, got %d", nargs - 1);
    if (nargs == 2 && dict_update(vm, args[0], args[1]) < 0)
        return VAL_NULL;
    if (dict_update_kwargs(vm, args[0], args + nargs, kwnames) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value dictm_clear(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "dict.clear", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    ht_clear(vm, DICT_TABLE(args[0]));
    return VAL_NONE;
}

static Value dictm_copy(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "dict.copy", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return dict_copy(vm, args[0]);
}

static Value dictm_fromkeys(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "fromkeys", nargs - 1, kwnames, 1, 2) < 0)
        return VAL_NULL;
    const TypeObj *type = (const TypeObj *)AS_OBJ(args[0]);
    Value value = nargs > 2 ? args[2] : VAL_NONE;
    Value d = type == &t_dict ? dict_new(vm) : vm_call(vm, args[0], NULL, 0, VAL_NULL);
    if (d == VAL_NULL)
        return VAL_NULL;
    Value it = obj_iter(vm, args[1]);
    if (it == VAL_NULL)
        return VAL_NULL;
    bool exact = IS_DICT(d);
    for (uint32_t n = 1;; n++) {
        Value k = obj_iternext(vm, it);
        if (k == VAL_NULL)
            return vm_exc_pending(vm) ? VAL_NULL : d;
        if ((exact ? dict_set(vm, d, k, value) : obj_setitem(vm, d, k, value)) < 0)
            return VAL_NULL;
        if ((n & CONTAINER_TICK_MASK) == 0 && vm_tick(vm) < 0)
            return VAL_NULL;
    }
}

static Value dictm_reversed(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "dict.__reversed__", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return dict_iter_new(vm, &t_dict_keyiterator, args[0], true);
}

static Value dictm_getitem(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "dict.__getitem__", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    return dict_getitem(vm, args[0], args[1]);
}

static Value dictm_setitem(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "__setitem__", nargs - 1, kwnames, 2, 2) < 0)
        return VAL_NULL;
    return dict_set(vm, args[0], args[1], args[2]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value dictm_delitem(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "dict.__delitem__", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    return dict_setitem(vm, args[0], args[1], VAL_NULL) < 0 ? VAL_NULL : VAL_NONE;
}

static Value dictm_contains(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "dict.__contains__", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    int r = dict_contains(vm, args[0], args[1]);
    return r < 0 ? VAL_NULL : VAL_BOOL(r);
}

static Value dictm_len(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "dict.__len__", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return MAKE_SMALLINT((int64_t)DICT_TABLE(args[0])->used);
}

static Value dictm_iter(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "dict.__iter__", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return dict_iter(vm, args[0]);
}

static Value dictm_repr(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "dict.__repr__", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return dict_repr(vm, args[0]);
}

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

static const BuiltinFunc dict_methods[] = {
    BUILTIN_CLASSMETHOD("__class_getitem__", class_getitem),
    BUILTIN_METHOD("__init__", dictm_init),
    BUILTIN_METHOD("keys", dictm_keys),
    BUILTIN_METHOD("values", dictm_values),
    BUILTIN_METHOD("items", dictm_items),
    BUILTIN_METHOD("get", dictm_get),
    BUILTIN_METHOD("setdefault", dictm_setdefault),
    BUILTIN_METHOD("pop", dictm_pop),
    BUILTIN_METHOD("popitem", dictm_popitem),
    BUILTIN_METHOD("update", dictm_update),
    BUILTIN_METHOD("clear", dictm_clear),
    BUILTIN_METHOD("copy", dictm_copy),
    BUILTIN_CLASSMETHOD("fromkeys", dictm_fromkeys),
    BUILTIN_METHOD("__reversed__", dictm_reversed),
    BUILTIN_METHOD("__getitem__", dictm_getitem),
    BUILTIN_METHOD("__setitem__", dictm_setitem),
    BUILTIN_METHOD("__delitem__", dictm_delitem),
    BUILTIN_METHOD("__contains__", dictm_contains),
    BUILTIN_METHOD("__len__", dictm_len),
    BUILTIN_METHOD("__iter__", dictm_iter),
    BUILTIN_METHOD("__repr__", dictm_repr),
};

const TypeObj t_dict = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "dict",
    .base = &t_object,
    .layout = K_DICT,
    .basicsize = sizeof(DictObj),
    .flags = TF_BASETYPE,
    .methods = dict_methods,
    .nmethods = sizeof(dict_methods) / sizeof(dict_methods[0]),
    .repr = dict_repr,
    .hash = unhashable,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .new_ = dict_new_slot,
    .len = dict_len_slot,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .trace = dict_trace,
    .finalize = dict_finalize,
    .binop = dict_binop,
};

/* ------------------------------------------------------- dict iterators */

/* Next live entry of a dict iterator, NULL when exhausted or on error. */
static DictEntry *dictiter_step(Vm *vm, IterObj *it)
{
    if (it->seq == VAL_NULL)
        return NULL;
    HashTable *ht = DICT_TABLE(it->seq);
    if (ht->version != it->version) {
        if ((int64_t)ht->used != it->end) {
            it->end = -1;
            vm_raise(vm, &t_RuntimeError, "dictionary changed size during iteration");
        } else {
            vm_raise(vm, &t_RuntimeError, "dictionary keys changed during iteration");
        }
        return NULL;
    }
    if (it->step > 0) {
        while (it->index < (int64_t)ht->nentries) {
            DictEntry *e = &ht->entries[it->index++];
            if (e->key != VAL_NULL)
                return e;
        }
    } else {
        while (it->index >= 0) {
            if (it->index >= (int64_t)ht->nentries) {
                it->index--;
                continue;
            }
            DictEntry *e = &ht->entries[it->index--];
            if (e->key != VAL_NULL)
                return e;
        }
    }
    it->seq = VAL_NULL;
    return NULL;
}

static Value dictkeyiter_next(Vm *vm, Value self)
{
    DictEntry *e = dictiter_step(vm, (IterObj *)AS_OBJ(self));
    return e ? e->key : VAL_NULL;
}

static Value dictvalueiter_next(Vm *vm, Value self)
{
    DictEntry *e = dictiter_step(vm, (IterObj *)AS_OBJ(self));
    return e ? e->value : VAL_NULL;
}

static Value dictitemiter_next(Vm *vm, Value self)
{
    DictEntry *e = dictiter_step(vm, (IterObj *)AS_OBJ(self));
    return e ? tuple_pack2(vm, e->key, e->value) : VAL_NULL;
}

static Value iter_self(Vm *vm, Value self) { return self; }

static void iter_trace(Vm *vm, Obj *self)
{
    IterObj *it = (IterObj *)self;
    if (IS_OBJ(it->seq))
        gc_mark(vm, it->seq);
    if (IS_OBJ(it->a))
        gc_mark(vm, it->a);
    if (IS_OBJ(it->b))
        gc_mark(vm, it->b);
    if (IS_OBJ(it->c))
        gc_mark(vm, it->c);
}

#define DICT_ITER_TYPE(cname, pyname, nextfn) \
    const TypeObj cname = { \
        .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), \
        .name = pyname, \
        .base = &t_object, \
        .layout = K_ITER, \
        .basicsize = sizeof(IterObj), \
        .flags = TF_ABSTRACT_NEW, \
        .iter = iter_self, \
        .iternext = nextfn, \
        .trace = iter_trace, \
    }

DICT_ITER_TYPE(t_dict_keyiterator, "dict_keyiterator", dictkeyiter_next);
DICT_ITER_TYPE(t_dict_valueiterator, "dict_valueiterator", dictvalueiter_next);
DICT_ITER_TYPE(t_dict_itemiterator, "dict_itemiterator", dictitemiter_next);
static DICT_ITER_TYPE(t_dict_revkeyiterator, "dict_reversekeyiterator", dictkeyiter_next);
static DICT_ITER_TYPE(t_dict_revvalueiterator, "dict_reversevalueiterator", dictvalueiter_next);
static DICT_ITER_TYPE(t_dict_revitemiterator, "dict_reverseitemiterator", dictitemiter_next);

/* The reversed twin of a forward dict iterator type. */
static const TypeObj *reversed_iter_type(const TypeObj *forward)
{
    return forward == &t_dict_keyiterator ? &t_dict_revkeyiterator
         : forward == &t_dict_valueiterator ? &t_dict_revvalueiterator : &t_dict_revitemiterator;
}

/* ------------------------------------------------------------ dict views */

#define VIEW_DICT(v) (((DictViewObj *)AS_OBJ(v))->dict)
#define IS_DICT_VIEW(v) (IS_OBJ(v) && (AS_OBJ(v)->type == &t_dict_keys || \
    AS_OBJ(v)->type == &t_dict_values || AS_OBJ(v)->type == &t_dict_items))

static Value view_new(Vm *vm, const TypeObj *type, Value dict)
{
    DictViewObj *v = (DictViewObj *)obj_alloc(vm, type, sizeof(DictViewObj));
    if (!v)
        return VAL_NULL;
    v->dict = dict;
    return OBJ_VAL(v);
}

static Value dictm_keys(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "dict.keys", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return view_new(vm, &t_dict_keys, args[0]);
}

static Value dictm_values(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "dict.values", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return view_new(vm, &t_dict_values, args[0]);
}

static Value dictm_items(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "dict.items", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return view_new(vm, &t_dict_items, args[0]);
}

static const TypeObj *view_iter_type(Value view)
{
    const TypeObj *t = AS_OBJ(view)->type;
    return t == &t_dict_keys ? &t_dict_keyiterator
         : t == &t_dict_values ? &t_dict_valueiterator : &t_dict_itemiterator;
}

static Value view_iter(Vm *vm, Value self) { return dict_iter_new(vm, view_iter_type(self), VIEW_DICT(self), false); }

static int64_t view_len(Vm *vm, Value self) { return (int64_t)DICT_TABLE(VIEW_DICT(self))->used; }

static void view_trace(Vm *vm, Obj *self)
{
    Value d = ((DictViewObj *)self)->dict;
    if (IS_OBJ(d))
        gc_mark(vm, d);
}

static Value view_repr(Vm *vm, Value self)
{
    int busy = repr_enter(vm, self);
    if (busy < 0)
        return VAL_NULL;
    if (busy)
        return str_from_cstr(vm, "...");
    Value list = list_from_iterable(vm, self);
    Value r = list == VAL_NULL ? VAL_NULL : obj_repr(vm, list);
    repr_leave(vm, self);
    if (r == VAL_NULL)
        return VAL_NULL;
    StrBuf sb;
    sb_init(&sb, vm);
    sb_append_cstr(&sb, AS_OBJ(self)->type->name);
    sb_append_char(&sb, '(');
    sb_append_value_str(&sb, r);
    sb_append_char(&sb, ')');
    return sb_finish(&sb);
}

static int keys_contains(Vm *vm, Value self, Value key) { return dict_contains(vm, VIEW_DICT(self), key); }

static int items_contains(Vm *vm, Value self, Value item)
{
    if (!IS_TUPLE(item) || TUPLE_LEN(item) != 2)
        return 0;
    Value v = dict_get(vm, VIEW_DICT(self), TUPLE_ITEMS(item)[0]);
    if (v == VAL_NULL)
        return vm_exc_pending(vm) ? -1 : 0;
    return obj_eq(vm, v, TUPLE_ITEMS(item)[1]);
}

static int values_contains(Vm *vm, Value self, Value item)
{
    HashTable *ht = DICT_TABLE(VIEW_DICT(self));
    for (size_t i = 0; i < ht->nentries; i++) {
        Value v = ht->entries[i].value;
        if (ht->entries[i].key == VAL_NULL)
            continue;
        int r = obj_eq(vm, v, item);
        if (r != 0)
            return r;
        if ((i & CONTAINER_TICK_MASK) == CONTAINER_TICK_MASK && vm_tick(vm) < 0)
            return -1;
    }
    return 0;
}

static bool is_setlike(Value v)
{
    return IS_SET_LIKE(v) || (IS_OBJ(v) && (AS_OBJ(v)->type == &t_dict_keys || AS_OBJ(v)->type == &t_dict_items));
}

/* every item of a is in b: 1/0/-1 */
static int all_contained_in(Vm *vm, Value a, Value b)
{
    Value it = obj_iter(vm, a);
    if (it == VAL_NULL)
        return -1;
    for (uint32_t n = 1;; n++) {
        Value x = obj_iternext(vm, it);
        if (x == VAL_NULL)
            return vm_exc_pending(vm) ? -1 : 1;
        int r = obj_contains(vm, b, x);
        if (r <= 0)
            return r;
        if ((n & CONTAINER_TICK_MASK) == 0 && vm_tick(vm) < 0)
            return -1;
    }
}

static Value view_richcompare(Vm *vm, Value a, Value b, int op)
{
    if (!is_setlike(a) || !is_setlike(b))
        return VAL_NOTIMPL;
    int64_t la = obj_len(vm, a), lb = obj_len(vm, b);
    if (la < 0 || lb < 0)
        return VAL_NULL;
    int r;
    switch (op) {
    case CMP_EQ: case CMP_NE:
        r = la == lb ? all_contained_in(vm, a, b) : 0;
        if (r < 0)
            return VAL_NULL;
        return VAL_BOOL(op == CMP_EQ ? r : !r);
    case CMP_LT: case CMP_LE:
        r = (op == CMP_LT ? la < lb : la <= lb) ? all_contained_in(vm, a, b) : 0;
        break;
    default:
        r = (op == CMP_GT ? la > lb : la >= lb) ? all_contained_in(vm, b, a) : 0;
        break;
    }
    return r < 0 ? VAL_NULL : VAL_BOOL(r);
}

static Value view_binop(Vm *vm, int op, Value a, Value b)
{
    int base = op & 15;
    if (base != BINOP_AND && base != BINOP_OR && base != BINOP_SUB && base != BINOP_XOR)
        return VAL_NOTIMPL;
    bool a_view = IS_OBJ(a) && (AS_OBJ(a)->type == &t_dict_keys || AS_OBJ(a)->type == &t_dict_items);
    bool b_view = IS_OBJ(b) && (AS_OBJ(b)->type == &t_dict_keys || AS_OBJ(b)->type == &t_dict_items);
    if (!a_view && !b_view)
        return VAL_NOTIMPL;
    Value sa = set_from_iterable(vm, &t_set, a);
    if (sa == VAL_NULL) {
        if (!a_view && vm_exc_matches(vm, &t_TypeError)) {
            vm_exc_clear(vm);
            return VAL_NOTIMPL;
        }
        return VAL_NULL;
    }
    Value sb = set_from_iterable(vm, &t_set, b);
    if (sb == VAL_NULL) {
        if (!b_view && vm_exc_matches(vm, &t_TypeError)) {
            vm_exc_clear(vm);
            return VAL_NOTIMPL;
        }
        return VAL_NULL;
    }
    return obj_binary_op(vm, base, sa, sb);
}

static Value viewm_reversed(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "dict.__reversed__", nargs - 1, kwnames, 0, 0) < 0)
        return VAL_NULL;
    return dict_iter_new(vm, view_iter_type(args[0]), VIEW_DICT(args[0]), true);
}

static Value viewm_isdisjoint(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "dict.isdisjoint", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    Value it = obj_iter(vm, args[1]);
    if (it == VAL_NULL)
        return VAL_NULL;
    for (;;) {
        Value x = obj_iternext(vm, it);
        if (x == VAL_NULL)
            return vm_exc_pending(vm) ? VAL_NULL : VAL_TRUE;
        int r = obj_contains(vm, args[0], x);
        if (r < 0)
            return VAL_NULL;
        if (r)
            return VAL_FALSE;
    }
}

static Value viewm_mapping(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return VIEW_DICT(args[0]);   /* CPython returns a read-only proxy; the dict is close enough */
}

static const BuiltinFunc setview_methods[] = {
    BUILTIN_METHOD("__reversed__", viewm_reversed),
    BUILTIN_METHOD("isdisjoint", viewm_isdisjoint),
    BUILTIN_GETTER("mapping", viewm_mapping),
};

static const BuiltinFunc valuesview_methods[] = {
    BUILTIN_METHOD("__reversed__", viewm_reversed),
    BUILTIN_GETTER("mapping", viewm_mapping),
};

const TypeObj t_dict_keys = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "dict_keys",
    .base = &t_object,
    .layout = K_DICTVIEW,
    .basicsize = sizeof(DictViewObj),
    .flags = TF_ABSTRACT_NEW,
    .methods = setview_methods,
    .nmethods = sizeof(setview_methods) / sizeof(setview_methods[0]),
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = view_iter,
    .len = view_len,
    .contains = keys_contains,
    .trace = view_trace,
    .binop = view_binop,
};

const TypeObj t_dict_items = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "dict_items",
    .base = &t_object,
    .layout = K_DICTVIEW,
    .basicsize = sizeof(DictViewObj),
    .flags = TF_ABSTRACT_NEW,
    .methods = setview_methods,
    .nmethods = sizeof(setview_methods) / sizeof(setview_methods[0]),
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = view_iter,
    .len = view_len,
    .contains = items_contains,
    .trace = view_trace,
    .binop = view_binop,
};

const TypeObj t_dict_values = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "dict_values",
    .base = &t_object,
    .layout = K_DICTVIEW,
    .basicsize = sizeof(DictViewObj),
    .flags = TF_ABSTRACT_NEW,
    .methods = valuesview_methods,
    .nmethods = sizeof(valuesview_methods) / sizeof(valuesview_methods[0]),
    .repr = view_repr,
    .iter = view_iter,
    .len = view_len,
    .contains = values_contains,
    .trace = view_trace,
};
