/* Corral core: helpers shared by the container modules (objlist.c,
 * objtuple.c, objdict.c, objset.c, objrange.c).  Private to those files
 * and to anyone who wants the extra entry points declared here. */
#ifndef CORRAL_CONTAINERS_H
#define CORRAL_CONTAINERS_H

#include "object.h"

/* gc_flags bit set on a container while its repr is being built, so a
 * container that (indirectly) contains itself prints as [...] / {...}. */
#define OBJ_REPR_BUSY (1u << 15)

/* Instance of a builtin layout, including heap subclasses (class D(dict)). */
#define HAS_LAYOUT(v, k) (IS_OBJ(v) && AS_OBJ(v)->type->layout == (uint32_t)(k))
#define IS_LIST_LIKE(v) HAS_LAYOUT(v, K_LIST)
#define IS_TUPLE_LIKE(v) HAS_LAYOUT(v, K_TUPLE)
#define IS_DICT_LIKE(v) HAS_LAYOUT(v, K_DICT)
#define IS_SET_LIKE(v) HAS_LAYOUT(v, K_SET)

/* Length / items of a list or tuple (heap subclasses included). */
static inline size_t seq_len_of(Value v)
{
    return IS_TUPLE_LIKE(v) ? ((TupleObj *)AS_OBJ(v))->len : ((ListObj *)AS_OBJ(v))->len;
}
static inline Value *seq_items_of(Value v)
{
    return IS_TUPLE_LIKE(v) ? ((TupleObj *)AS_OBJ(v))->items : ((ListObj *)AS_OBJ(v))->items;
}

/* Every long native loop charges the run once per this many iterations. */
#define CONTAINER_TICK_MASK 1023u

/* Repr recursion guard.  Returns 1 if 'v' is already being repr'd (print
 * the ellipsis form), 0 if the caller may proceed (and must call
 * repr_leave), -1 on RecursionError. */
int repr_enter(Vm *vm, Value v);
void repr_leave(Vm *vm, Value v);
/* Guard for C recursion through nested containers (==, <, hash): -1 with
 * RecursionError "maximum recursion depth exceeded<where>" when too deep. */
int nest_enter(Vm *vm, const char *where);
void nest_leave(Vm *vm);

/* Raise KeyError(key) (message shown is repr(key)); returns VAL_NULL. */
Value raise_key_error(Vm *vm, Value key);

Value tuple_pack1(Vm *vm, Value a);
Value tuple_pack3(Vm *vm, Value a, Value b, Value c);
/* New tuple from any iterable (returns the same tuple for an exact tuple). */
Value tuple_from_iterable(Vm *vm, Value iterable);

/* Lexicographic comparison of two lists or two tuples (items are re-read
 * after every __eq__ call, which may mutate a list). */
Value seq_richcompare(Vm *vm, Value a, Value b, int op);
/* Append "item, item, ..." reprs of a list or tuple to a StrBuf; -1 on error. */
int seq_repr_items(Vm *vm, StrBuf *sb, Value seq);
/* Convert a subscript to a C index for a sequence: ints and __index__;
 * other types raise "<what> indices must be integers or slices, not str".
 * Does not normalise or range-check. */
int seq_subscript_index(Vm *vm, Value key, const char *what, int64_t *out);
/* Is 'v' a slice object? */
#define IS_SLICE(v) IS_TYPE(v, &t_slice)
/* Fill items[len .. total) by repeating items[0 .. len) (doubling copies,
 * one tick per copy); -1 if a limit stopped the run. */
int repeat_fill(Vm *vm, Value *items, size_t len, size_t total);
/* Allocation guard for repetition: count * itemsize must be allocatable. */
int repeat_check(Vm *vm, int64_t count, size_t len, size_t itemsize);

/* Hash table iteration: next live entry at or after *pos. */
DictEntry *ht_next(HashTable *ht, size_t *pos);
/* Position at or before the first live entry (skips a deleted prefix). */
size_t ht_first_hint(const HashTable *ht);
/* GC: mark every live key and value. */
void ht_trace(Vm *vm, HashTable *ht);
/* Remove the live entry at entries[epos] (frees the table when it empties). */
void ht_remove_entry(Vm *vm, HashTable *ht, size_t epos);
/* Position of the last live entry of a non-empty table. */
size_t ht_last_live(const HashTable *ht);
/* Copy all live entries of src into the empty dst without comparisons. */
int ht_copy_into(Vm *vm, HashTable *dst, HashTable *src);
/* Hash of a key with fast paths for str and small int; -1 on error. */
int key_hash(Vm *vm, Value key, int64_t *out);

/* list.index/tuple.index helpers: find item in seq[start:stop] (-1 missing,
 * -2 error); parse optional start/stop args; count occurrences (-1 error). */
int64_t seq_find(Vm *vm, Value seq, Value item, int64_t start, int64_t stop);
int seq_index_bounds(Vm *vm, Value *args, int nargs, int64_t *start, int64_t *stop);
int64_t seq_count(Vm *vm, Value seq, Value item);

/* Set helpers */
Value set_from_iterable(Vm *vm, const TypeObj *type, Value iterable);
int set_discard(Vm *vm, Value set, Value key);   /* 1 removed, 0 missing, -1 error */

#endif
