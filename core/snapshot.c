/* Corral snapshots: a paused run to bytes and back.
 *
 * Format (all integers little-endian):
 *   header   "CORRALSN" | u32 format version | u32 ABI version | u64 payload length |
 *            u64 FNV-1a checksum of the payload
 *   payload  program section: source, script name, input names, external names
 *            (strings: u32 length + bytes)
 *            run section: counters, pause state
 *            object table: u32 count, then one record per heap object
 *            roots: main globals, builtins, modules, handled exception, pending call,
 *                   futures, waiting ids, result slots
 *            frames: u32 count, outermost first
 *
 * A value is a tag byte and its payload: NULL, small int (i64), object
 * index (u32), code index (u32: the program's code objects in depth-first
 * order of constants, which recompiling the same source reproduces), the
 * None/True/False/Ellipsis/NotImplemented singletons, or a static object by
 * name ("type:int", "method:str.upper", "builtin:len", "attr:math.sqrt").
 *
 * Loading treats the bytes as hostile: every length is checked against the
 * remaining bytes before use, every index against its table, every field
 * that C code later casts (function globals, closures, exception args,
 * frames) for its type, and every frame's pc and stack depth against the
 * code's own stack-depth analysis, before anything runs.  Objects are
 * created in two phases (shells, then contents) so that cycles load.
 */
#include "snapshot.h"

#include "compile_internal.h"
#include "modules.h"
#include "opcodes.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define SNAPSHOT_MAGIC "CORRALSN"
#define SNAPSHOT_VERSION 1u
#define MAX_DEPTH_WALK 1000000

enum {
    V_NULL = 0, V_SMALLINT, V_OBJ, V_CODE, V_NONE, V_TRUE, V_FALSE, V_ELLIPSIS, V_NOTIMPL, V_STATIC, V_MODCODE
};

enum {
    R_INT = 1, R_FLOAT, R_COMPLEX, R_STR, R_BYTES, R_BYTEARRAY, R_TUPLE, R_LIST, R_DICT, R_SET, R_FROZENSET,
    R_RANGE, R_SLICE, R_CELL, R_FUNC, R_METHOD, R_BOUND_BUILTIN, R_TYPE, R_INSTANCE, R_EXC, R_GEN, R_FUTURE,
    R_EXTERNAL, R_MODULE, R_PROPERTY, R_STATICMETHOD, R_CLASSMETHOD, R_SUPER, R_ITER, R_DICTVIEW, R_TRACEBACK
};

extern const TypeObj t_seq_iterator, t_traceback, t_union, t_str_ascii_iterator;

/* ------------------------------------------------------- static registry */

static const TypeObj *const static_types[] = {
    &t_object, &t_type, &t_none, &t_notimpl, &t_ellipsis, &t_bool, &t_int, &t_float, &t_complex, &t_str,
    &t_bytes, &t_bytearray, &t_list, &t_tuple, &t_dict, &t_set, &t_frozenset, &t_range, &t_slice, &t_function,
    &t_builtin_function, &t_method, &t_cell, &t_code, &t_generator, &t_coroutine, &t_module, &t_property,
    &t_staticmethod, &t_classmethod, &t_super, &t_dict_keys, &t_dict_values, &t_dict_items, &t_list_iterator,
    &t_tuple_iterator, &t_range_iterator, &t_str_iterator, &t_bytes_iterator, &t_dict_keyiterator,
    &t_dict_valueiterator, &t_dict_itemiterator, &t_set_iterator, &t_enumerate, &t_zip, &t_map, &t_filter,
    &t_reversed, &t_list_reverseiterator, &t_callable_iterator, &t_seq_iterator, &t_traceback, &t_external,
    &t_future, &t_union, &t_str_ascii_iterator,
#define STATIC_EXC(name, base) &t_##name,
    CORRAL_EXCEPTION_TYPES(STATIC_EXC)
#undef STATIC_EXC
};
#define N_STATIC_TYPES (sizeof static_types / sizeof static_types[0])

/* Name of a static object the snapshot can refer to, or -1. */
static int static_key(Vm *vm, Value v, char *key, size_t size)
{
    Obj *o = AS_OBJ(v);
    for (size_t i = 0; i < N_STATIC_TYPES; i++) {
        const TypeObj *t = static_types[i];
        if ((const Obj *)t == o) {
            snprintf(key, size, "type:%zu", i);
            return 0;
        }
        if (t->methods && (const char *)o >= (const char *)t->methods &&
            (const char *)o < (const char *)(t->methods + t->nmethods)) {
            size_t m = (size_t)((const BuiltinFunc *)o - t->methods);
            snprintf(key, size, "method:%zu:%s", i, t->methods[m].name);
            return 0;
        }
    }
    /* builtins and functions of imported modules */
    size_t pos = 0;
    Value k, val;
    while (dict_next(vm->builtins, &pos, &k, &val))
        if (val == v && IS_STR(k)) {
            snprintf(key, size, "builtin:%s", STR_DATA(k));
            return 0;
        }
    pos = 0;
    Value mname, mod;
    while (vm->modules && dict_next(vm->modules, &pos, &mname, &mod)) {
        if (!IS_TYPE(mod, &t_module) || !IS_STR(mname))
            continue;
        size_t p2 = 0;
        while (dict_next(((ModuleObj *)AS_OBJ(mod))->dict, &p2, &k, &val))
            if (val == v && IS_STR(k)) {
                snprintf(key, size, "attr:%s:%s", STR_DATA(mname), STR_DATA(k));
                return 0;
            }
    }
    return -1;
}

static Value static_lookup(Vm *vm, const char *key)
{
    size_t i;
    char name[200];
    if (sscanf(key, "type:%zu", &i) == 1 && strncmp(key, "type:", 5) == 0)
        return i < N_STATIC_TYPES ? OBJ_VAL(static_types[i]) : VAL_NULL;
    if (strncmp(key, "method:", 7) == 0) {
        const char *colon = strchr(key + 7, ':');
        if (!colon || sscanf(key + 7, "%zu", &i) != 1 || i >= N_STATIC_TYPES)
            return VAL_NULL;
        const TypeObj *t = static_types[i];
        for (uint32_t m = 0; m < t->nmethods; m++)
            if (strcmp(t->methods[m].name, colon + 1) == 0)
                return OBJ_VAL(&t->methods[m]);
        return VAL_NULL;
    }
    if (strncmp(key, "builtin:", 8) == 0)
        return dict_get_cstr(vm, vm->builtins, key + 8);
    if (strncmp(key, "attr:", 5) == 0) {
        const char *colon = strchr(key + 5, ':');
        if (!colon || (size_t)(colon - key - 5) >= sizeof name)
            return VAL_NULL;
        memcpy(name, key + 5, (size_t)(colon - key - 5));
        name[colon - key - 5] = 0;
        Value mn = str_from_cstr(vm, name);
        Value mod = mn ? import_module(vm, mn) : VAL_NULL;
        if (!mod) {
            vm_exc_clear(vm);
            return VAL_NULL;
        }
        return dict_get_cstr(vm, ((ModuleObj *)AS_OBJ(mod))->dict, colon + 1);
    }
    return VAL_NULL;
}

/* --------------------------------------------------------- code objects */

typedef struct CodeTable { CodeObj **items; size_t len, cap; } CodeTable;

static int code_table_add(CodeTable *ct, CodeObj *c)
{
    if (ct->len == ct->cap) {
        size_t ncap = ct->cap ? ct->cap * 2 : 16;
        CodeObj **n = realloc(ct->items, ncap * sizeof *n);
        if (!n)
            return -1;
        ct->items = n;
        ct->cap = ncap;
    }
    ct->items[ct->len++] = c;
    for (uint32_t i = 0; i < c->nconsts; i++)
        if (IS_TYPE(c->consts[i], &t_code) && code_table_add(ct, (CodeObj *)AS_OBJ(c->consts[i])) < 0)
            return -1;
    return 0;
}

static long code_index(const CodeTable *ct, const CodeObj *c)
{
    for (size_t i = 0; i < ct->len; i++)
        if (ct->items[i] == c)
            return (long)i;
    return -1;
}

/* ------------------------------------------------------------- writing */

typedef struct Out { uint8_t *data; size_t len, cap; int failed; } Out;

static void put(Out *o, const void *p, size_t n)
{
    if (o->failed)
        return;
    if (o->len + n > o->cap) {
        size_t ncap = o->cap ? o->cap : 4096;
        while (ncap < o->len + n)
            ncap *= 2;
        uint8_t *d = realloc(o->data, ncap);
        if (!d) {
            o->failed = 1;
            return;
        }
        o->data = d;
        o->cap = ncap;
    }
    memcpy(o->data + o->len, p, n);
    o->len += n;
}

static void put_u8(Out *o, uint8_t v) { put(o, &v, 1); }
static void put_u32(Out *o, uint32_t v)
{
    uint8_t b[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    put(o, b, 4);
}
static void put_u64(Out *o, uint64_t v)
{
    put_u32(o, (uint32_t)v);
    put_u32(o, (uint32_t)(v >> 32));
}
static void put_blob(Out *o, const void *p, size_t n)
{
    put_u32(o, (uint32_t)n);
    put(o, p, n);
}
static void put_f64(Out *o, double d)
{
    uint64_t u;
    memcpy(&u, &d, 8);
    put_u64(o, u);
}

typedef struct Dumper {
    Vm *vm;
    Out out;
    CodeTable *codes;
    Value objects;      /* list of heap objects in index order */
    Value index;        /* dict: object identity (int address) -> index */
    char err[256];
} Dumper;

static int unsupported(Dumper *d, Value v)
{
    snprintf(d->err, sizeof d->err, "snapshots do not support objects of type '%s' yet", type_name_of(v));
    return -1;
}

static bool is_static_singleton(Value v)
{
    return v == VAL_NONE || v == VAL_TRUE || v == VAL_FALSE || v == VAL_ELLIPSIS || v == VAL_NOTIMPL;
}

/* Index of an object in the table, adding it (and, for heap types, their
 * bases and metaclass first, so types load in order) if new. */
static long obj_ref(Dumper *d, Value v)
{
    Vm *vm = d->vm;
    Value key = int_from_u64(vm, (uint64_t)v);
    if (!key)
        return -1;
    Value idx = dict_get(vm, d->index, key);
    if (idx)
        return (long)SMALLINT_VALUE(idx);
    const TypeObj *t = AS_OBJ(v)->type;
    if (type_is_subtype(t, &t_type) && (((const TypeObj *)AS_OBJ(v))->flags & TF_HEAPTYPE)) {
        const TypeObj *ht = (const TypeObj *)AS_OBJ(v);
        for (size_t i = 0; i < TUPLE_LEN(ht->bases); i++) {
            Value b = TUPLE_ITEMS(ht->bases)[i];
            if ((((const TypeObj *)AS_OBJ(b))->flags & TF_HEAPTYPE) && obj_ref(d, b) < 0)
                return -1;
        }
        if ((t->flags & TF_HEAPTYPE) && obj_ref(d, OBJ_VAL(t)) < 0)
            return -1;
        /* the bases may have added this type already */
        idx = dict_get(vm, d->index, key);
        if (idx)
            return (long)SMALLINT_VALUE(idx);
    }
    long n = (long)AS_LIST(d->objects)->len;
    if (list_append(vm, d->objects, v) < 0 || dict_set(vm, d->index, key, MAKE_SMALLINT(n)) < 0)
        return -1;
    return n;
}

static int put_value(Dumper *d, Value v)
{
    Out *o = &d->out;
    if (!v) {
        put_u8(o, V_NULL);
        return 0;
    }
    if (IS_SMALLINT(v)) {
        put_u8(o, V_SMALLINT);
        put_u64(o, (uint64_t)SMALLINT_VALUE(v));
        return 0;
    }
    if (v == VAL_NONE) { put_u8(o, V_NONE); return 0; }
    if (v == VAL_TRUE) { put_u8(o, V_TRUE); return 0; }
    if (v == VAL_FALSE) { put_u8(o, V_FALSE); return 0; }
    if (v == VAL_ELLIPSIS) { put_u8(o, V_ELLIPSIS); return 0; }
    if (v == VAL_NOTIMPL) { put_u8(o, V_NOTIMPL); return 0; }
    if (IS_TYPE(v, &t_code)) {
        long ci = code_index(d->codes, (CodeObj *)AS_OBJ(v));
        if (ci >= 0) {
            put_u8(o, V_CODE);
            put_u32(o, (uint32_t)ci);
            return 0;
        }
        /* code of a Python stdlib module: (module name, index), recompiled on load */
        size_t pos = 0;
        Value mname, mod;
        while (d->vm->modules && dict_next(d->vm->modules, &pos, &mname, &mod)) {
            if (!IS_TYPE(mod, &t_module) || !((ModuleObj *)AS_OBJ(mod))->code || !IS_STR(mname))
                continue;
            CodeTable mt = {0};
            if (code_table_add(&mt, (CodeObj *)AS_OBJ(((ModuleObj *)AS_OBJ(mod))->code)) < 0) {
                free(mt.items);
                return -1;
            }
            long mi = code_index(&mt, (CodeObj *)AS_OBJ(v));
            free(mt.items);
            if (mi >= 0) {
                put_u8(o, V_MODCODE);
                put_blob(o, STR_DATA(mname), STR_LEN(mname));
                put_u32(o, (uint32_t)mi);
                return 0;
            }
        }
        snprintf(d->err, sizeof d->err, "a code object that is neither the program's nor a module's");
        return -1;
    }
    Obj *ob = AS_OBJ(v);
    bool is_static_obj = (ob->gc_flags & OBJ_FROZEN) &&
                         (ob->type == &t_type || ob->type == &t_builtin_function || is_static_singleton(v));
    if (is_static_obj) {
        char key[256];
        if (static_key(d->vm, v, key, sizeof key) == 0) {
            put_u8(o, V_STATIC);
            put_blob(o, key, strlen(key));
            return 0;
        }
        if (ob->type == &t_type || ob->type == &t_builtin_function)
            return unsupported(d, v);
    }
    long idx = obj_ref(d, v);
    if (idx < 0) {
        if (!d->err[0])
            snprintf(d->err, sizeof d->err, "out of memory");
        return -1;
    }
    put_u8(o, V_OBJ);
    put_u32(o, (uint32_t)idx);
    return 0;
}

static int put_values(Dumper *d, const Value *items, size_t n)
{
    put_u32(&d->out, (uint32_t)n);
    for (size_t i = 0; i < n; i++)
        if (put_value(d, items[i]) < 0)
            return -1;
    return 0;
}

/* Keys of dicts and sets must hash without running Python code on load. */
static bool hashes_natively(Vm *vm, Value k)
{
    if (!IS_OBJ(k))
        return true;
    const TypeObj *t = AS_OBJ(k)->type;
    if (t->flags & TF_HEAPTYPE) {
        Value mro = t->mro;
        for (size_t i = 0; i < TUPLE_LEN(mro); i++) {
            const TypeObj *c = (const TypeObj *)AS_OBJ(TUPLE_ITEMS(mro)[i]);
            if ((c->flags & TF_HEAPTYPE) && dict_get_cstr(vm, c->dict, "__hash__"))
                return false;
        }
        return t->layout == K_OBJECT || t->layout == K_EXC;
    }
    if (t == &t_tuple) {
        for (size_t i = 0; i < TUPLE_LEN(k); i++)
            if (!hashes_natively(vm, TUPLE_ITEMS(k)[i]))
                return false;
    }
    return true;
}

static int put_table(Dumper *d, Value dictv, bool with_values, bool set)
{
    HashTable *ht = set ? &((SetObj *)AS_OBJ(dictv))->table : &AS_DICT(dictv)->table;
    put_u32(&d->out, (uint32_t)ht->used);
    for (size_t i = 0; i < ht->nentries; i++) {
        DictEntry *e = &ht->entries[i];
        if (!e->key)
            continue;
        if (!hashes_natively(d->vm, e->key)) {
            snprintf(d->err, sizeof d->err, "a dict or set key of type '%s' with a Python __hash__", type_name_of(e->key));
            return -1;
        }
        if (put_value(d, e->key) < 0 || (with_values && put_value(d, e->value) < 0))
            return -1;
    }
    return 0;
}

static int put_frame(Dumper *d, Frame *f);

static int put_record(Dumper *d, Value v)
{
    Vm *vm = d->vm;
    Out *o = &d->out;
    Obj *ob = AS_OBJ(v);
    const TypeObj *t = ob->type;
    bool heap = (t->flags & TF_HEAPTYPE) != 0;
    /* the record's type first (heap subclasses of builtins keep their class) */
    if (type_is_subtype(t, &t_type) && (((TypeObj *)ob)->flags & TF_HEAPTYPE)) {
        TypeObj *ht = (TypeObj *)ob;
        put_u8(o, R_TYPE);
        if (put_value(d, OBJ_VAL(t)) < 0 || put_value(d, ht->name_v) < 0 || put_value(d, ht->qualname_v) < 0 ||
            put_value(d, ht->bases) < 0)
            return -1;
        put_u32(o, ht->flags & TF_SLOTS);
        return put_table(d, ht->dict, true, false);
    }
    if (heap && t->layout != K_OBJECT && t->layout != K_EXC && t->layout != K_LIST && t->layout != K_DICT &&
        t->layout != K_SET)
        return unsupported(d, v);
    Value dictslot = VAL_NULL;
    if (heap && t->dict_offset)
        dictslot = *(Value *)((char *)ob + t->dict_offset);
    switch (t->layout) {
    case K_INT: {
        Value hex = int_to_string(vm, v, 16);
        if (!hex)
            return -1;
        put_u8(o, R_INT);
        put_blob(o, STR_DATA(hex), STR_LEN(hex));
        return 0;
    }
    case K_FLOAT:
        put_u8(o, R_FLOAT);
        put_f64(o, ((FloatObj *)ob)->value);
        return 0;
    case K_COMPLEX:
        put_u8(o, R_COMPLEX);
        put_f64(o, ((ComplexObj *)ob)->real);
        put_f64(o, ((ComplexObj *)ob)->imag);
        return 0;
    case K_STR:
        put_u8(o, R_STR);
        put_blob(o, STR_DATA(v), STR_LEN(v));
        return 0;
    case K_BYTES:
        put_u8(o, R_BYTES);
        put_blob(o, AS_BYTES(v)->data, AS_BYTES(v)->len);
        return 0;
    case K_BYTEARRAY:
        put_u8(o, R_BYTEARRAY);
        put_blob(o, ((ByteArrayObj *)ob)->data, ((ByteArrayObj *)ob)->len);
        return 0;
    case K_TUPLE:
        put_u8(o, R_TUPLE);
        return put_values(d, TUPLE_ITEMS(v), TUPLE_LEN(v));
    case K_LIST:
        put_u8(o, R_LIST);
        if (put_value(d, OBJ_VAL(t)) < 0 || put_value(d, dictslot) < 0)
            return -1;
        return put_values(d, ((ListObj *)ob)->items, ((ListObj *)ob)->len);
    case K_DICT:
        put_u8(o, R_DICT);
        if (put_value(d, OBJ_VAL(t)) < 0 || put_value(d, dictslot) < 0)
            return -1;
        return put_table(d, v, true, false);
    case K_SET:
        put_u8(o, t == &t_frozenset ? R_FROZENSET : R_SET);
        if (put_value(d, OBJ_VAL(t)) < 0 || put_value(d, dictslot) < 0)
            return -1;
        return put_table(d, v, false, true);
    case K_RANGE: {
        RangeObj *r = (RangeObj *)ob;
        put_u8(o, R_RANGE);
        return (put_value(d, r->start) < 0 || put_value(d, r->stop) < 0 || put_value(d, r->step) < 0) ? -1 : 0;
    }
    case K_SLICE: {
        SliceObj *s = (SliceObj *)ob;
        put_u8(o, R_SLICE);
        return (put_value(d, s->start) < 0 || put_value(d, s->stop) < 0 || put_value(d, s->step) < 0) ? -1 : 0;
    }
    case K_CELL:
        put_u8(o, R_CELL);
        return put_value(d, ((CellObj *)ob)->value);
    case K_FUNC: {
        FuncObj *f = (FuncObj *)ob;
        put_u8(o, R_FUNC);
        Value fields[] = {OBJ_VAL(f->code), f->globals, f->defaults, f->kwdefaults, f->closure, f->name,
                          f->qualname, f->dict, f->doc, f->module, f->annotations};
        for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
            if (put_value(d, fields[i]) < 0)
                return -1;
        return 0;
    }
    case K_METHOD:
        put_u8(o, R_METHOD);
        return (put_value(d, ((MethodObj *)ob)->func) < 0 || put_value(d, ((MethodObj *)ob)->self) < 0) ? -1 : 0;
    case K_BUILTIN: {
        /* a bound copy of a static builtin: its original by name, and self */
        BuiltinFunc *bf = (BuiltinFunc *)ob;
        if (ob->size != sizeof(BuiltinFunc))
            return unsupported(d, v);
        for (size_t i = 0; i < N_STATIC_TYPES; i++) {
            const TypeObj *st = static_types[i];
            for (uint32_t m = 0; m < st->nmethods; m++)
                if (st->methods[m].fn == bf->fn && st->methods[m].name == bf->name) {
                    char key[256];
                    snprintf(key, sizeof key, "method:%zu:%s", i, bf->name);
                    put_u8(o, R_BOUND_BUILTIN);
                    put_blob(o, key, strlen(key));
                    put_u32(o, (uint32_t)bf->kind);
                    return put_value(d, bf->self);
                }
        }
        return unsupported(d, v);
    }
    case K_OBJECT:
        if (!heap)
            return unsupported(d, v);
        put_u8(o, R_INSTANCE);
        return (put_value(d, OBJ_VAL(t)) < 0 || put_value(d, ((InstanceObj *)ob)->dict) < 0) ? -1 : 0;
    case K_EXC: {
        ExcObj *e = (ExcObj *)ob;
        if (v == vm->memory_error)
            return unsupported(d, v);
        put_u8(o, R_EXC);
        Value fields[] = {OBJ_VAL(t), e->dict, e->args, e->traceback, e->cause, e->context, e->notes};
        for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
            if (put_value(d, fields[i]) < 0)
                return -1;
        put_u32(o, (uint32_t)e->suppress_context);
        return 0;
    }
    case K_GEN: {
        GenObj *g = (GenObj *)ob;
        put_u8(o, R_GEN);
        put_u8(o, t == &t_coroutine);
        put_u32(o, (uint32_t)g->state);
        if (put_value(d, g->name) < 0 || put_value(d, g->qualname) < 0 || put_value(d, g->saved_exc_info) < 0 ||
            put_value(d, g->caller_exc_info) < 0)
            return -1;
        /* 0: no frame, 1: its suspended frame follows, 2: running: its frame is on the run's chain */
        if (g->state == GEN_RUNNING) {
            put_u8(o, 2);
            return 0;
        }
        put_u8(o, g->frame != NULL);
        return g->frame ? put_frame(d, g->frame) : 0;
    }
    case K_MODULE:
        put_u8(o, R_MODULE);
        return put_value(d, ((ModuleObj *)ob)->name);
    case K_PROPERTY: {
        PropertyObj *p = (PropertyObj *)ob;
        put_u8(o, R_PROPERTY);
        return (put_value(d, p->fget) < 0 || put_value(d, p->fset) < 0 || put_value(d, p->fdel) < 0 ||
                put_value(d, p->doc) < 0) ? -1 : 0;
    }
    case K_STATICMETHOD:
    case K_CLASSMETHOD:
        put_u8(o, t->layout == K_STATICMETHOD ? R_STATICMETHOD : R_CLASSMETHOD);
        return put_value(d, ((WrapperObj *)ob)->func);
    case K_SUPER: {
        SuperObj *s = (SuperObj *)ob;
        put_u8(o, R_SUPER);
        return (put_value(d, OBJ_VAL(s->type)) < 0 || put_value(d, s->obj) < 0 ||
                put_value(d, OBJ_VAL(s->obj_type)) < 0) ? -1 : 0;
    }
    case K_ITER: {
        if (t->basicsize != sizeof(IterObj))
            return unsupported(d, v);
        IterObj *it = (IterObj *)ob;
        put_u8(o, R_ITER);
        if (put_value(d, OBJ_VAL(t)) < 0 || put_value(d, it->seq) < 0 || put_value(d, it->a) < 0 ||
            put_value(d, it->b) < 0 || put_value(d, it->c) < 0)
            return -1;
        put_u64(o, (uint64_t)it->index);
        put_u64(o, (uint64_t)it->end);
        put_u64(o, (uint64_t)it->step);
        put_u64(o, it->version);
        return 0;
    }
    case K_DICTVIEW:
        put_u8(o, R_DICTVIEW);
        return (put_value(d, OBJ_VAL(t)) < 0 || put_value(d, ((DictViewObj *)ob)->dict) < 0) ? -1 : 0;
    default:
        break;
    }
    if (t == &t_future) {
        FutureObj *fu = (FutureObj *)ob;
        put_u8(o, R_FUTURE);
        put_u64(o, fu->id);
        put_u32(o, (uint32_t)fu->state);
        return put_value(d, fu->value);
    }
    if (t == &t_external) {
        put_u8(o, R_EXTERNAL);
        return put_value(d, ((ExternalObj *)ob)->name);
    }
    if (t == &t_traceback) {
        put_u8(o, R_TRACEBACK);
        return put_value(d, *(Value *)((char *)ob + sizeof(Obj)));
    }
    return unsupported(d, v);
}

static int put_frame(Dumper *d, Frame *f)
{
    Out *o = &d->out;
    if (put_value(d, OBJ_VAL(f->code)) < 0)
        return -1;
    if (put_value(d, f->func ? OBJ_VAL(f->func) : VAL_NULL) < 0 || put_value(d, f->globals) < 0 ||
        put_value(d, f->locals) < 0 || put_value(d, f->init_self) < 0 ||
        put_value(d, f->gen ? OBJ_VAL(f->gen) : VAL_NULL) < 0)
        return -1;
    put_u32(o, f->pc);
    put_u32(o, f->sp);
    put_u32(o, f->flags);
    put_u32(o, f->nblocks);
    for (uint32_t i = 0; i < f->nblocks; i++) {
        put_u32(o, f->blocks[i].kind);
        put_u32(o, f->blocks[i].handler);
        put_u32(o, f->blocks[i].level);
        if (put_value(d, f->blocks[i].saved_exc) < 0)
            return -1;
    }
    for (uint32_t i = 0; i < f->nslots + f->sp; i++)
        if (put_value(d, f->slots[i]) < 0)
            return -1;
    return 0;
}

static uint64_t fnv1a(const uint8_t *p, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 1099511628211ull;
    }
    return h;
}

int snapshot_dump(Vm *vm, const SnapshotInfo *info, CodeObj *root, uint8_t **bytes_out, size_t *len_out,
                  char *err, size_t err_size)
{
    Dumper d;
    memset(&d, 0, sizeof d);
    d.vm = vm;
    CodeTable ct = {0};
    d.codes = &ct;
    int status = -1;
    Value saved_exc = vm->exc;
    vm->gc_disabled++;
    if (code_table_add(&ct, root) < 0)
        goto done;
    d.objects = list_new(vm, 64);
    d.index = d.objects ? dict_new(vm) : VAL_NULL;
    if (!d.index)
        goto done;
    Out *o = &d.out;
    /* program */
    put_blob(o, info->source, info->source_len);
    put_blob(o, info->script_name, strlen(info->script_name));
    put_blob(o, info->inputs, info->inputs_len);
    put_blob(o, info->externals, info->externals_len);
    put_u64(o, ct.len);
    /* run state */
    put_u32(o, (uint32_t)info->state);
    /* a run stopped by a limit records which limit instead of a pause kind */
    put_u32(o, vm->limit_kind != LIMIT_NONE ? (uint32_t)vm->limit_kind : (uint32_t)vm->pause_kind);
    put_u64(o, vm->next_call_id);
    put_u64(o, vm->pending_call_id);
    put_u64(o, vm->fuel_used);
    put_u64(o, info->time_used_ns);
    /* roots (values only: they register the objects) */
    Out roots = d.out;
    d.out = (Out){0};
    Value rootvals[] = {vm->main_globals, vm->builtins, vm->modules, vm->exc_info, vm->pending_name,
                        vm->pending_args, vm->pending_kwargs, vm->futures, vm->waiting, info->result};
    for (size_t i = 0; i < sizeof rootvals / sizeof rootvals[0]; i++)
        if (put_value(&d, rootvals[i]) < 0)
            goto done_roots;
    /* frames, outermost first */
    size_t nframes = 0;
    for (Frame *f = vm->frame; f; f = f->prev)
        nframes++;
    Frame **chain = malloc(sizeof(Frame *) * (nframes ? nframes : 1));
    if (!chain)
        goto done_roots;
    size_t k = nframes;
    for (Frame *f = vm->frame; f; f = f->prev)
        chain[--k] = f;
    put_u32(&d.out, (uint32_t)nframes);
    for (size_t i = 0; i < nframes; i++)
        if (put_frame(&d, chain[i]) < 0) {
            free(chain);
            goto done_roots;
        }
    free(chain);
    /* object records (the list grows while records reference new objects) */
    Out tail = d.out;
    d.out = (Out){0};
    for (size_t i = 0; i < AS_LIST(d.objects)->len; i++)
        if (put_record(&d, AS_LIST(d.objects)->items[i]) < 0) {
            free(tail.data);
            goto done_roots;
        }
    Out records = d.out;
    d.out = roots;
    put_u32(&d.out, (uint32_t)AS_LIST(d.objects)->len);
    put(&d.out, records.data, records.len);
    put(&d.out, tail.data, tail.len);
    free(records.data);
    free(tail.data);
    if (d.out.failed) {
        snprintf(d.err, sizeof d.err, "out of memory");
        goto done;
    }
    /* header + payload */
    Out final = {0};
    put(&final, SNAPSHOT_MAGIC, 8);
    put_u32(&final, SNAPSHOT_VERSION);
    put_u32(&final, info->abi_version);
    put_u64(&final, d.out.len);
    put_u64(&final, fnv1a(d.out.data, d.out.len));
    put(&final, d.out.data, d.out.len);
    if (final.failed) {
        free(final.data);
        snprintf(d.err, sizeof d.err, "out of memory");
        goto done;
    }
    *bytes_out = final.data;
    *len_out = final.len;
    status = 0;
    goto done;
done_roots:
    free(roots.data);
done:
    if (status < 0 && !d.err[0])
        snprintf(d.err, sizeof d.err, "out of memory");
    if (err && err_size)
        snprintf(err, err_size, "%s", d.err);
    free(d.out.data);
    free(ct.items);
    vm->gc_disabled--;
    vm->exc = saved_exc;
    return status;
}

/* ------------------------------------------------------------- reading */

typedef struct In { const uint8_t *p; size_t len, pos; int bad; } In;

static bool need(In *in, size_t n)
{
    if (in->bad || n > in->len - in->pos) {
        in->bad = 1;
        return false;
    }
    return true;
}
static uint8_t get_u8(In *in) { return need(in, 1) ? in->p[in->pos++] : 0; }
static uint32_t get_u32(In *in)
{
    if (!need(in, 4))
        return 0;
    const uint8_t *b = in->p + in->pos;
    in->pos += 4;
    return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}
static uint64_t get_u64(In *in)
{
    uint64_t lo = get_u32(in);
    return lo | (uint64_t)get_u32(in) << 32;
}
static double get_f64(In *in)
{
    uint64_t u = get_u64(in);
    double d;
    memcpy(&d, &u, 8);
    return d;
}
static const uint8_t *get_blob(In *in, size_t *n)
{
    *n = get_u32(in);
    if (!need(in, *n))
        return NULL;
    const uint8_t *p = in->p + in->pos;
    in->pos += *n;
    return p;
}

int snapshot_read_info(const uint8_t *bytes, size_t len, SnapshotInfo *info, char *err, size_t err_size)
{
    memset(info, 0, sizeof *info);
    if (!bytes || len < 32 || memcmp(bytes, SNAPSHOT_MAGIC, 8) != 0) {
        snprintf(err, err_size, "not a Corral snapshot (bad magic)");
        return SNAP_E_FORMAT;
    }
    In in = {bytes, len, 8, 0};
    uint32_t version = get_u32(&in);
    info->abi_version = get_u32(&in);
    uint64_t plen = get_u64(&in);
    uint64_t sum = get_u64(&in);
    if (version != SNAPSHOT_VERSION) {
        snprintf(err, err_size, "snapshot format version %u; this library reads version %u", version, SNAPSHOT_VERSION);
        return SNAP_E_VERSION;
    }
    if (plen != len - 32) {
        snprintf(err, err_size, "snapshot length mismatch (truncated or padded bytes)");
        return SNAP_E_FORMAT;
    }
    if (fnv1a(bytes + 32, (size_t)plen) != sum) {
        snprintf(err, err_size, "snapshot checksum mismatch (corrupted bytes)");
        return SNAP_E_FORMAT;
    }
    In p = {bytes + 32, (size_t)plen, 0, 0};
    size_t n;
    const uint8_t *s = get_blob(&p, &n);
    info->source = (const char *)s;
    info->source_len = n;
    s = get_blob(&p, &n);
    if (s && n < sizeof info->script_name_buf) {
        memcpy(info->script_name_buf, s, n);
        info->script_name_buf[n] = 0;
    } else {
        p.bad = 1;
    }
    info->script_name = info->script_name_buf;
    info->inputs = (const char *)get_blob(&p, &info->inputs_len);
    info->externals = (const char *)get_blob(&p, &info->externals_len);
    info->ncodes = get_u64(&p);
    info->state = (int)get_u32(&p);
    info->payload_offset = 32 + p.pos;
    if (p.bad || !info->source || !info->inputs || !info->externals) {
        snprintf(err, err_size, "snapshot program section is malformed");
        return SNAP_E_FORMAT;
    }
    if (memchr(info->script_name, 0, n) || !utf8_valid(info->source, info->source_len)) {
        snprintf(err, err_size, "snapshot program section is malformed");
        return SNAP_E_FORMAT;
    }
    return 0;
}

typedef struct Loader {
    Vm *vm;
    In in;
    CodeTable codes;
    Value *objs;         /* loaded objects by index */
    uint32_t nobjs;
    uint8_t *kinds;      /* record kind per index */
    size_t *offsets;     /* record start per index */
    char err[512];
} Loader;

static int bad(Loader *l, const char *what)
{
    if (!l->err[0])
        snprintf(l->err, sizeof l->err, "snapshot is malformed: %s", what);
    l->in.bad = 1;
    return -1;
}

/* Read a value; objects must already exist (phase 2) or only their index is needed. */
static int get_value(Loader *l, Value *out)
{
    uint8_t tag = get_u8(&l->in);
    if (l->in.bad)
        return bad(l, "truncated value");
    switch (tag) {
    case V_NULL: *out = VAL_NULL; return 0;
    case V_SMALLINT: {
        int64_t i = (int64_t)get_u64(&l->in);
        if (!SMALLINT_FITS(i))
            return bad(l, "small int out of range");
        *out = MAKE_SMALLINT(i);
        return 0;
    }
    case V_NONE: *out = VAL_NONE; return 0;
    case V_TRUE: *out = VAL_TRUE; return 0;
    case V_FALSE: *out = VAL_FALSE; return 0;
    case V_ELLIPSIS: *out = VAL_ELLIPSIS; return 0;
    case V_NOTIMPL: *out = VAL_NOTIMPL; return 0;
    case V_CODE: {
        uint32_t i = get_u32(&l->in);
        if (i >= l->codes.len)
            return bad(l, "code index out of range");
        *out = OBJ_VAL(l->codes.items[i]);
        return 0;
    }
    case V_OBJ: {
        uint32_t i = get_u32(&l->in);
        if (i >= l->nobjs)
            return bad(l, "object index out of range");
        *out = l->objs ? l->objs[i] : VAL_NULL;
        return 0;
    }
    case V_MODCODE: {
        size_t n;
        const uint8_t *k = get_blob(&l->in, &n);
        uint32_t idx = get_u32(&l->in);
        char name[128];
        if (!k || n >= sizeof name || l->in.bad)
            return bad(l, "module code reference");
        memcpy(name, k, n);
        name[n] = 0;
        Value mn = str_from_cstr(l->vm, name);
        Value mod = mn ? import_module(l->vm, mn) : VAL_NULL;
        if (!mod || !((ModuleObj *)AS_OBJ(mod))->code) {
            vm_exc_clear(l->vm);
            return bad(l, "module code reference");
        }
        CodeTable mt = {0};
        if (code_table_add(&mt, (CodeObj *)AS_OBJ(((ModuleObj *)AS_OBJ(mod))->code)) < 0) {
            free(mt.items);
            return bad(l, "out of memory");
        }
        if (idx >= mt.len) {
            free(mt.items);
            return bad(l, "module code index");
        }
        *out = OBJ_VAL(mt.items[idx]);
        free(mt.items);
        return 0;
    }
    case V_STATIC: {
        size_t n;
        const uint8_t *k = get_blob(&l->in, &n);
        char key[256];
        if (!k || n >= sizeof key)
            return bad(l, "static key");
        memcpy(key, k, n);
        key[n] = 0;
        Value v = static_lookup(l->vm, key);
        if (!v) {
            snprintf(l->err, sizeof l->err, "snapshot refers to an unknown builtin object '%s'", key);
            l->in.bad = 1;
            return -1;
        }
        *out = v;
        return 0;
    }
    default:
        return bad(l, "unknown value tag");
    }
}

static int get_values(Loader *l, Value *out, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (get_value(l, &out[i]) < 0)
            return -1;
    return 0;
}

/* A count of items that each take at least one byte. */
static int get_count(Loader *l, uint32_t *n)
{
    *n = get_u32(&l->in);
    if (l->in.bad || *n > l->in.len - l->in.pos)
        return bad(l, "count larger than the snapshot");
    return 0;
}

static bool is_type_value(Value v) { return IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &t_type); }

static int skip_value(Loader *l)
{
    Value dummy;
    Value *saved = l->objs;
    l->objs = NULL;
    int r = get_value(l, &dummy);
    l->objs = saved;
    return r;
}

/* Stack depth before each instruction of code, by abstract
 * interpretation (-1: unreachable).  The caller frees the array. */
static int32_t *stack_depths(CodeObj *code)
{
    uint32_t n = code->ncode;
    int32_t *depth = malloc(sizeof(int32_t) * (n + 1));
    uint32_t *work = malloc(sizeof(uint32_t) * (n + 1) * 2);
    if (!depth || !work) {
        free(depth);
        free(work);
        return NULL;
    }
    for (uint32_t i = 0; i <= n; i++)
        depth[i] = -1;
    size_t top = 0;
    depth[0] = 0;
    work[top++] = 0;
    while (top) {
        uint32_t pc = work[--top];
        int32_t dep = depth[pc];
        if (pc >= n)
            continue;
        uint32_t ins = code->code[pc];
        int op = (int)INSTR_OP(ins);
        uint32_t arg = INSTR_ARG(ins);
        bool is_jump = op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
                       op == OP_POP_JUMP_IF_NONE || op == OP_POP_JUMP_IF_NOT_NONE || op == OP_JUMP_IF_FALSE_OR_POP ||
                       op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER || op == OP_SEND || op == OP_SETUP_TRY;
        int32_t fall = dep + compile_stack_effect(op, arg, 0);
        if (op != OP_JUMP && op != OP_RETURN_VALUE && op != OP_RERAISE && op != OP_RAISE_VARARGS) {
            if (pc + 1 <= n && depth[pc + 1] < 0) {
                depth[pc + 1] = fall;
                work[top++] = pc + 1;
            }
        }
        if (is_jump && arg <= n) {
            int32_t jd = op == OP_SETUP_TRY ? dep + 1 : dep + compile_stack_effect(op, arg, 1);
            if (depth[arg] < 0) {
                depth[arg] = jd;
                work[top++] = arg;
            }
        }
    }
    free(work);
    return depth;
}

static Frame *get_frame(Loader *l, GenObj *gen)
{
    Vm *vm = l->vm;
    Value codev;
    if (get_value(l, &codev) < 0 || !IS_TYPE(codev, &t_code)) {
        bad(l, "frame code");
        return NULL;
    }
    CodeObj *code = (CodeObj *)AS_OBJ(codev);
    Value func, globals, locals, init_self, genv;
    if (get_value(l, &func) < 0 || get_value(l, &globals) < 0 || get_value(l, &locals) < 0 ||
        get_value(l, &init_self) < 0 || get_value(l, &genv) < 0)
        return NULL;
    if (!gen && genv && (IS_TYPE(genv, &t_generator) || IS_TYPE(genv, &t_coroutine)) &&
        ((GenObj *)AS_OBJ(genv))->state == GEN_RUNNING && !((GenObj *)AS_OBJ(genv))->frame)
        gen = (GenObj *)AS_OBJ(genv);   /* a running generator's frame on the run's chain */
    if ((func && !IS_TYPE(func, &t_function)) || !IS_DICT(globals) || (locals && !IS_DICT(locals)) ||
        (genv && genv != OBJ_VAL(gen))) {
        bad(l, "frame fields");
        return NULL;
    }
    if (func && ((FuncObj *)AS_OBJ(func))->code != code) {
        bad(l, "frame function and code disagree");
        return NULL;
    }
    uint32_t pc = get_u32(&l->in), sp = get_u32(&l->in), flags = get_u32(&l->in), nblocks = get_u32(&l->in);
    bool fresh = gen && gen->state == GEN_CREATED;   /* a generator that has not started */
    if (l->in.bad || pc > code->ncode || sp > code->stacksize || nblocks > code->maxblocks || (pc == 0) != fresh) {
        bad(l, "frame pc, stack or blocks out of range");
        return NULL;
    }
    /* the stack depth must be the one the code has at that point */
    int32_t *depths = stack_depths(code);
    if (!depths) {
        bad(l, "out of memory");
        return NULL;
    }
    int32_t expect = depths[pc];
    free(depths);
    if (expect < 0 || ((int32_t)sp != expect && (int32_t)sp != expect - 1)) {
        bad(l, "frame stack depth does not match its code");
        return NULL;
    }
    Frame *f = vm_frame_new(vm, code, func ? (FuncObj *)AS_OBJ(func) : NULL, globals, locals);
    if (!f) {
        bad(l, "out of memory");
        return NULL;
    }
    f->init_self = init_self;
    f->gen = gen;
    f->pc = pc;
    f->sp = sp;
    f->flags = flags & (FRAME_NESTED_ENTRY | FRAME_INIT | FRAME_GEN_FOR | FRAME_GEN_SEND | FRAME_GEN_CALL |
                        FRAME_CLASS_BODY | FRAME_GEN_DRAIN);
    /* the flags whose init_self C code later casts */
    if ((f->flags & FRAME_GEN_DRAIN) && (!gen || !IS_LIST(init_self))) {
        vm_frame_free(vm, f);
        bad(l, "draining generator frame");
        return NULL;
    }
    if ((f->flags & FRAME_CLASS_BODY) &&
        (!IS_TUPLE(init_self) || TUPLE_LEN(init_self) != 4 || !IS_STR(TUPLE_ITEMS(init_self)[0]) ||
         !IS_TUPLE(TUPLE_ITEMS(init_self)[1]) || !is_type_value(TUPLE_ITEMS(init_self)[2]) || !locals)) {
        vm_frame_free(vm, f);
        bad(l, "class body frame");
        return NULL;
    }
    f->nblocks = nblocks;
    for (uint32_t i = 0; i < nblocks; i++) {
        Block *b = &f->blocks[i];
        b->kind = get_u32(&l->in);
        b->handler = get_u32(&l->in);
        b->level = get_u32(&l->in);
        if (get_value(l, &b->saved_exc) < 0 || (b->kind != BLOCK_TRY && b->kind != BLOCK_HANDLER) ||
            b->handler >= code->ncode || b->level > sp ||
            (b->saved_exc && !is_exception_instance(b->saved_exc))) {
            vm_frame_free(vm, f);
            bad(l, "frame block");
            return NULL;
        }
    }
    if (get_values(l, f->slots, f->nslots + sp) < 0) {
        vm_frame_free(vm, f);
        return NULL;
    }
    /* cells must be cells: LOAD_DEREF and friends cast them */
    for (uint32_t i = code->nlocals; i < f->nslots; i++)
        if (!IS_TYPE(f->slots[i], &t_cell)) {
            vm_frame_free(vm, f);
            bad(l, "frame cell");
            return NULL;
        }
    return f;
}

/* Phase 1: create the object of record i (shell); leaf values complete. */
static int create_shell(Loader *l, uint32_t i)
{
    Vm *vm = l->vm;
    uint8_t kind = get_u8(&l->in);
    l->kinds[i] = kind;
    Value v = VAL_NULL;
    size_t n;
    const uint8_t *b;
    Value type;
    switch (kind) {
    case R_INT:
        b = get_blob(&l->in, &n);
        if (!b || n > (1u << 26))
            return bad(l, "int");
        for (size_t k = 0; k < n; k++)
            if (!((b[k] >= '0' && b[k] <= '9') || (b[k] >= 'a' && b[k] <= 'f') || (k == 0 && b[k] == '-')))
                return bad(l, "int digits");
        v = int_from_string(vm, (const char *)b, n, 16);
        break;
    case R_FLOAT:
        v = float_new(vm, get_f64(&l->in));
        break;
    case R_COMPLEX: {
        double re = get_f64(&l->in), im = get_f64(&l->in);
        Value args[2];
        args[0] = float_new(vm, re);
        args[1] = args[0] ? float_new(vm, im) : VAL_NULL;
        v = args[1] ? vm_call(vm, OBJ_VAL(&t_complex), args, 2, VAL_NULL) : VAL_NULL;
        break;
    }
    case R_STR:
        b = get_blob(&l->in, &n);
        if (!b || !utf8_valid((const char *)b, n))
            return bad(l, "str");
        v = str_new(vm, (const char *)b, n);
        break;
    case R_BYTES:
        b = get_blob(&l->in, &n);
        if (!b)
            return bad(l, "bytes");
        v = bytes_new(vm, b, n);
        break;
    case R_BYTEARRAY: {
        b = get_blob(&l->in, &n);
        if (!b)
            return bad(l, "bytearray");
        Value by = bytes_new(vm, b, n);
        v = by ? vm_call(vm, OBJ_VAL(&t_bytearray), &by, 1, VAL_NULL) : VAL_NULL;
        break;
    }
    case R_TUPLE: {
        uint32_t cnt;
        if (get_count(l, &cnt) < 0)
            return -1;
        v = tuple_new(vm, cnt);
        for (uint32_t k = 0; k < cnt && v; k++)
            if (skip_value(l) < 0)
                return -1;
        break;
    }
    case R_LIST: case R_DICT: case R_SET: case R_FROZENSET: {
        if (get_value(l, &type) < 0 || skip_value(l) < 0)
            return -1;
        if (!type) {
            /* a class not created yet: consume the record, create it later */
            uint32_t cnt;
            if (get_count(l, &cnt) < 0)
                return -1;
            size_t per = kind == R_DICT ? 2 : 1;
            for (size_t k = 0; k < (size_t)cnt * per; k++)
                if (skip_value(l) < 0)
                    return -1;
            return 4;
        }
        if (!is_type_value(type))
            return bad(l, "container type");
        const TypeObj *t = (const TypeObj *)AS_OBJ(type);
        ObjKind want = kind == R_LIST ? K_LIST : kind == R_DICT ? K_DICT : K_SET;
        if (t->layout != want)
            return bad(l, "container type layout");
        if (t->flags & TF_HEAPTYPE)
            v = OBJ_VAL(obj_alloc(vm, t, t->basicsize));
        else if (kind == R_LIST)
            v = list_new(vm, 0);
        else if (kind == R_DICT)
            v = dict_new(vm);
        else
            v = set_new(vm, kind == R_SET ? &t_set : &t_frozenset);
        if (kind == R_FROZENSET && t != &t_frozenset && !(t->flags & TF_HEAPTYPE))
            return bad(l, "frozenset type");
        /* skip the contents for now */
        uint32_t cnt;
        if (get_count(l, &cnt) < 0)
            return -1;
        size_t per = kind == R_DICT ? 2 : 1;
        for (size_t k = 0; k < (size_t)cnt * per; k++)
            if (skip_value(l) < 0)
                return -1;
        break;
    }
    case R_RANGE: case R_SLICE:
        for (int k = 0; k < 3; k++)
            if (skip_value(l) < 0)
                return -1;
        v = OBJ_VAL(obj_alloc(vm, kind == R_RANGE ? &t_range : &t_slice,
                              kind == R_RANGE ? sizeof(RangeObj) : sizeof(SliceObj)));
        break;
    case R_CELL:
        if (skip_value(l) < 0)
            return -1;
        v = cell_new(vm, VAL_NULL);
        break;
    case R_FUNC:
        for (int k = 0; k < 11; k++)
            if (skip_value(l) < 0)
                return -1;
        v = OBJ_VAL(obj_alloc(vm, &t_function, sizeof(FuncObj)));
        break;
    case R_METHOD:
        if (skip_value(l) < 0 || skip_value(l) < 0)
            return -1;
        v = OBJ_VAL(obj_alloc(vm, &t_method, sizeof(MethodObj)));
        break;
    case R_BOUND_BUILTIN: {
        b = get_blob(&l->in, &n);
        char key[256];
        if (!b || n >= sizeof key)
            return bad(l, "builtin key");
        memcpy(key, b, n);
        key[n] = 0;
        uint32_t fk = get_u32(&l->in);
        Value orig = static_lookup(vm, key);
        if (!orig || !IS_TYPE(orig, &t_builtin_function) || (fk != FN_METHOD && fk != FN_CLASS && fk != FN_UNBOUND))
            return bad(l, "bound builtin");
        if (skip_value(l) < 0)
            return -1;
        v = builtin_bind(vm, (const BuiltinFunc *)AS_OBJ(orig), VAL_NONE);
        if (v)
            ((BuiltinFunc *)AS_OBJ(v))->kind = (int)fk;
        break;
    }
    case R_TYPE:
        return 1;   /* created separately, in base order */
    case R_INSTANCE: case R_EXC: case R_ITER: case R_DICTVIEW: {
        if (get_value(l, &type) < 0)
            return -1;
        int fields = kind == R_INSTANCE ? 1 : kind == R_EXC ? 6 : kind == R_ITER ? 4 : 1;
        for (int k = 0; k < fields; k++)
            if (skip_value(l) < 0)
                return -1;
        if (kind == R_EXC)
            get_u32(&l->in);
        if (kind == R_ITER)
            for (int k = 0; k < 4; k++)
                get_u64(&l->in);
        if (!type)
            return 4;   /* its class is created later */
        if (!is_type_value(type))
            return bad(l, "object type");
        const TypeObj *t = (const TypeObj *)AS_OBJ(type);
        ObjKind want = kind == R_INSTANCE ? K_OBJECT : kind == R_EXC ? K_EXC : kind == R_ITER ? K_ITER : K_DICTVIEW;
        if (t->layout != want || (kind == R_INSTANCE && !(t->flags & TF_HEAPTYPE)) ||
            (kind == R_ITER && t->basicsize != sizeof(IterObj)) ||
            (kind == R_DICTVIEW && t->basicsize != sizeof(DictViewObj)))
            return bad(l, "object type layout");
        v = OBJ_VAL(obj_alloc(vm, t, t->basicsize));
        break;
    }
    case R_GEN: {
        uint8_t coro = get_u8(&l->in);
        GenObj *g = (GenObj *)obj_alloc(vm, coro ? &t_coroutine : &t_generator, sizeof(GenObj));
        if (!g)
            return bad(l, "out of memory");
        l->objs[i] = OBJ_VAL(g);
        return 2;   /* contents (incl. frame) in phase 2 */
    }
    case R_FUTURE:
        get_u64(&l->in);
        get_u32(&l->in);
        if (skip_value(l) < 0)
            return -1;
        v = OBJ_VAL(obj_alloc(vm, &t_future, sizeof(FutureObj)));
        break;
    case R_EXTERNAL:
        if (skip_value(l) < 0)
            return -1;
        v = OBJ_VAL(obj_alloc(vm, &t_external, sizeof(ExternalObj)));
        break;
    case R_MODULE: {
        Value name;
        Value *saved = l->objs;
        l->objs = NULL;
        int r = get_value(l, &name);
        l->objs = saved;
        if (r < 0)
            return -1;
        return 3;   /* resolved after strings exist */
    }
    case R_PROPERTY:
        for (int k = 0; k < 4; k++)
            if (skip_value(l) < 0)
                return -1;
        v = OBJ_VAL(obj_alloc(vm, &t_property, sizeof(PropertyObj)));
        break;
    case R_STATICMETHOD: case R_CLASSMETHOD:
        if (skip_value(l) < 0)
            return -1;
        v = OBJ_VAL(obj_alloc(vm, kind == R_STATICMETHOD ? &t_staticmethod : &t_classmethod, sizeof(WrapperObj)));
        break;
    case R_SUPER:
        for (int k = 0; k < 3; k++)
            if (skip_value(l) < 0)
                return -1;
        v = OBJ_VAL(obj_alloc(vm, &t_super, sizeof(SuperObj)));
        break;
    case R_TRACEBACK:
        if (skip_value(l) < 0)
            return -1;
        v = OBJ_VAL(obj_alloc(vm, &t_traceback, t_traceback.basicsize));
        break;
    default:
        return bad(l, "unknown record kind");
    }
    if (l->in.bad)
        return -1;
    if (!v) {
        vm_exc_clear(vm);
        return bad(l, "out of memory or invalid value");
    }
    l->objs[i] = v;
    return 0;
}

static int fill_table(Loader *l, Value target, bool with_values, bool set)
{
    uint32_t cnt;
    if (get_count(l, &cnt) < 0)
        return -1;
    for (uint32_t k = 0; k < cnt; k++) {
        Value key, val = VAL_NULL;
        if (get_value(l, &key) < 0 || (with_values && get_value(l, &val) < 0))
            return -1;
        if (!key || !hashes_natively(l->vm, key))
            return bad(l, "dict or set key");
        int r = set ? set_add(l->vm, target, key) : dict_set(l->vm, target, key, val ? val : VAL_NONE);
        if (r < 0) {
            vm_exc_clear(l->vm);
            return bad(l, "unhashable key");
        }
    }
    return 0;
}

/* Phase 2: fill the contents of record i. */
static int fill(Loader *l, uint32_t i)
{
    Vm *vm = l->vm;
    uint8_t kind = get_u8(&l->in);
    Value v = l->objs[i];
    Obj *ob = AS_OBJ(v);
    Value type, dictslot;
    size_t n;
    switch (kind) {
    case R_INT: case R_STR: case R_BYTES: case R_BYTEARRAY:
        get_blob(&l->in, &n);
        return l->in.bad ? -1 : 0;
    case R_FLOAT:
        get_f64(&l->in);
        return 0;
    case R_COMPLEX:
        get_f64(&l->in);
        get_f64(&l->in);
        return 0;
    case R_TUPLE: {
        uint32_t cnt;
        if (get_count(l, &cnt) < 0 || cnt != TUPLE_LEN(v))
            return bad(l, "tuple");
        return get_values(l, TUPLE_ITEMS(v), cnt);
    }
    case R_LIST: case R_DICT: case R_SET: case R_FROZENSET: {
        if (get_value(l, &type) < 0 || get_value(l, &dictslot) < 0)
            return -1;
        const TypeObj *t = (const TypeObj *)AS_OBJ(type);
        if (dictslot) {
            if (!(t->flags & TF_HEAPTYPE) || !t->dict_offset || !IS_DICT(dictslot))
                return bad(l, "instance dict");
            *(Value *)((char *)ob + t->dict_offset) = dictslot;
        }
        if (kind == R_LIST) {
            uint32_t cnt;
            if (get_count(l, &cnt) < 0)
                return -1;
            for (uint32_t k = 0; k < cnt; k++) {
                Value item;
                if (get_value(l, &item) < 0)
                    return -1;
                if (list_append(vm, v, item) < 0) {
                    vm_exc_clear(vm);
                    return bad(l, "out of memory");
                }
            }
            return 0;
        }
        return fill_table(l, v, kind == R_DICT, kind != R_DICT);
    }
    case R_RANGE: case R_SLICE: {
        Value a[3];
        if (get_values(l, a, 3) < 0)
            return -1;
        if (kind == R_SLICE) {
            SliceObj *s = (SliceObj *)ob;
            s->start = a[0];
            s->stop = a[1];
            s->step = a[2];
            return 0;
        }
        if (!is_intlike(a[0]) || !is_intlike(a[1]) || !is_intlike(a[2]))
            return bad(l, "range bounds");
        Value r = range_new(vm, a[0], a[1], a[2]);
        if (!r) {
            vm_exc_clear(vm);
            return bad(l, "range");
        }
        memcpy((char *)ob + sizeof(Obj), (char *)AS_OBJ(r) + sizeof(Obj), sizeof(RangeObj) - sizeof(Obj));
        return 0;
    }
    case R_CELL:
        return get_value(l, &((CellObj *)ob)->value);
    case R_FUNC: {
        FuncObj *f = (FuncObj *)ob;
        Value a[11];
        if (get_values(l, a, 11) < 0)
            return -1;
        if (!IS_TYPE(a[0], &t_code) || !IS_DICT(a[1]) || (a[2] && !IS_TUPLE(a[2])) || (a[3] && !IS_DICT(a[3])) ||
            !IS_STR(a[5]) || !IS_STR(a[6]) || (a[7] && !IS_DICT(a[7])) || (a[10] && !IS_DICT(a[10])))
            return bad(l, "function fields");
        CodeObj *code = (CodeObj *)AS_OBJ(a[0]);
        if (code->nfreevars) {
            if (!a[4] || !IS_TUPLE(a[4]) || TUPLE_LEN(a[4]) != code->nfreevars)
                return bad(l, "function closure");
            for (size_t k = 0; k < TUPLE_LEN(a[4]); k++)
                if (!IS_TYPE(TUPLE_ITEMS(a[4])[k], &t_cell))
                    return bad(l, "function closure cell");
        }
        f->code = code;
        f->globals = a[1];
        f->defaults = a[2];
        f->kwdefaults = a[3];
        f->closure = a[4];
        f->name = a[5];
        f->qualname = a[6];
        f->dict = a[7];
        f->doc = a[8];
        f->module = a[9];
        f->annotations = a[10];
        return 0;
    }
    case R_METHOD:
        return (get_value(l, &((MethodObj *)ob)->func) < 0 || get_value(l, &((MethodObj *)ob)->self) < 0) ? -1 : 0;
    case R_BOUND_BUILTIN:
        get_blob(&l->in, &n);
        get_u32(&l->in);
        if (get_value(l, &((BuiltinFunc *)ob)->self) < 0)
            return -1;
        if (((BuiltinFunc *)ob)->kind == FN_UNBOUND && !is_type_value(((BuiltinFunc *)ob)->self))
            return bad(l, "unbound method owner");
        return 0;
    case R_TYPE: {
        TypeObj *t = (TypeObj *)ob;
        Value a[4];
        if (get_values(l, a, 4) < 0)
            return -1;
        get_u32(&l->in);
        return fill_table(l, t->dict, true, false);
    }
    case R_INSTANCE:
        if (get_value(l, &type) < 0)
            return -1;
        if (get_value(l, &((InstanceObj *)ob)->dict) < 0)
            return -1;
        if (((InstanceObj *)ob)->dict && !IS_DICT(((InstanceObj *)ob)->dict))
            return bad(l, "instance dict");
        return 0;
    case R_EXC: {
        ExcObj *e = (ExcObj *)ob;
        Value a[6];
        if (get_value(l, &type) < 0 || get_values(l, a, 6) < 0)
            return -1;
        e->suppress_context = get_u32(&l->in) != 0;
        if ((a[0] && !IS_DICT(a[0])) || !IS_TUPLE(a[1]) || (a[2] && !IS_LIST(a[2])) ||
            (a[3] && !is_exception_instance(a[3])) || (a[4] && !is_exception_instance(a[4])) ||
            (a[5] && !IS_LIST(a[5])))
            return bad(l, "exception fields");
        e->dict = a[0];
        e->args = a[1];
        e->traceback = a[2];
        e->cause = a[3];
        e->context = a[4];
        e->notes = a[5];
        return 0;
    }
    case R_GEN: {
        GenObj *g = (GenObj *)ob;
        get_u8(&l->in);
        uint32_t state = get_u32(&l->in);
        if (get_value(l, &g->name) < 0 || get_value(l, &g->qualname) < 0 || get_value(l, &g->saved_exc_info) < 0 ||
            get_value(l, &g->caller_exc_info) < 0)
            return -1;
        if (state > GEN_CLOSED || !IS_STR(g->name) || !IS_STR(g->qualname) ||
            (g->saved_exc_info && !is_exception_instance(g->saved_exc_info)) ||
            (g->caller_exc_info && !is_exception_instance(g->caller_exc_info)))
            return bad(l, "generator fields");
        g->state = (int)state;
        uint8_t has_frame = get_u8(&l->in);
        if (has_frame == 2) {
            if (state != GEN_RUNNING)
                return bad(l, "generator frame");
            return 0;   /* linked when the run's frames are read */
        }
        if (has_frame == 1) {
            if (state == GEN_CLOSED)
                return bad(l, "closed generator with a frame");
            g->frame = get_frame(l, g);
            if (!g->frame)
                return -1;
            if (!(g->frame->code->flags & (CO_GENERATOR | CO_COROUTINE)))
                return bad(l, "generator frame of non-generator code");
        } else if (state != GEN_CLOSED || has_frame != 0) {
            return bad(l, "suspended generator without a frame");
        }
        return 0;
    }
    case R_FUTURE: {
        FutureObj *fu = (FutureObj *)ob;
        fu->id = get_u64(&l->in);
        uint32_t st = get_u32(&l->in);
        if (get_value(l, &fu->value) < 0)
            return -1;
        if (st > FUTURE_FAILED || (st == FUTURE_FAILED && !is_exception_instance(fu->value)))
            return bad(l, "future");
        fu->state = (int)st;
        return 0;
    }
    case R_EXTERNAL:
        if (get_value(l, &((ExternalObj *)ob)->name) < 0)
            return -1;
        return IS_STR(((ExternalObj *)ob)->name) ? 0 : bad(l, "external name");
    case R_MODULE: {
        Value name;
        return get_value(l, &name);
    }
    case R_PROPERTY: {
        PropertyObj *p = (PropertyObj *)ob;
        return (get_value(l, &p->fget) < 0 || get_value(l, &p->fset) < 0 || get_value(l, &p->fdel) < 0 ||
                get_value(l, &p->doc) < 0) ? -1 : 0;
    }
    case R_STATICMETHOD: case R_CLASSMETHOD:
        return get_value(l, &((WrapperObj *)ob)->func);
    case R_SUPER: {
        SuperObj *s = (SuperObj *)ob;
        Value a[3];
        if (get_values(l, a, 3) < 0)
            return -1;
        if (!is_type_value(a[0]) || !is_type_value(a[2]))
            return bad(l, "super fields");
        s->type = (const TypeObj *)AS_OBJ(a[0]);
        s->obj = a[1];
        s->obj_type = (const TypeObj *)AS_OBJ(a[2]);
        return 0;
    }
    case R_ITER: {
        IterObj *it = (IterObj *)ob;
        if (get_value(l, &type) < 0 || get_value(l, &it->seq) < 0 || get_value(l, &it->a) < 0 ||
            get_value(l, &it->b) < 0 || get_value(l, &it->c) < 0)
            return -1;
        it->index = (int64_t)get_u64(&l->in);
        it->end = (int64_t)get_u64(&l->in);
        it->step = (int64_t)get_u64(&l->in);
        it->version = get_u64(&l->in);
        /* iterators index their sequence: the kinds must be what their next() casts */
        const TypeObj *t = AS_OBJ(v)->type;
        if ((t == &t_list_iterator || t == &t_list_reverseiterator) && !IS_LIST(it->seq) && it->seq)
            return bad(l, "list iterator");
        if (t == &t_tuple_iterator && it->seq && !IS_TUPLE(it->seq))
            return bad(l, "tuple iterator");
        if ((t == &t_str_iterator || t == &t_str_ascii_iterator) && it->seq && !IS_STR(it->seq))
            return bad(l, "str iterator");
        if (t == &t_bytes_iterator && it->seq && !IS_BYTES(it->seq))
            return bad(l, "bytes iterator");
        if ((t == &t_dict_keyiterator || t == &t_dict_valueiterator || t == &t_dict_itemiterator) && it->seq &&
            !(IS_OBJ(it->seq) && AS_OBJ(it->seq)->type->layout == K_DICT))
            return bad(l, "dict iterator");
        if (t == &t_set_iterator && it->seq && !IS_SET(it->seq))
            return bad(l, "set iterator");
        if (t == &t_zip && (!it->seq || !IS_TUPLE(it->seq)))
            return bad(l, "zip iterator");
        if (t == &t_map && (!it->seq || !IS_TUPLE(it->seq)))
            return bad(l, "map iterator");
        if (it->index < -1 || it->end < -1)
            return bad(l, "iterator position");
        return 0;
    }
    case R_DICTVIEW:
        if (get_value(l, &type) < 0 || get_value(l, &((DictViewObj *)ob)->dict) < 0)
            return -1;
        return IS_OBJ(((DictViewObj *)ob)->dict) && AS_OBJ(((DictViewObj *)ob)->dict)->type->layout == K_DICT
                   ? 0 : bad(l, "dict view");
    case R_TRACEBACK: {
        Value entries;
        if (get_value(l, &entries) < 0 || !IS_LIST(entries))
            return bad(l, "traceback");
        *(Value *)((char *)ob + sizeof(Obj)) = entries;
        return 0;
    }
    default:
        return bad(l, "record kind");
    }
}

static bool is_call_op(int op)
{
    return op == OP_CALL || op == OP_CALL_KW || op == OP_CALL_METHOD || op == OP_CALL_METHOD_KW || op == OP_CALL_EX;
}

/* Each frame must stand exactly where the VM leaves frames when it pauses,
 * with exactly the stack the code has there: the innermost one just after
 * the host call (PAUSED_CALL) or after the top-level yield with the value it
 * resumes with (PAUSED_FUTURES); the others just after the call into the
 * next one (or on the call itself while a generator is drained for it);
 * suspended generators just after their yield. */
static int verify_pause_points(Loader *l, int state)
{
    Vm *vm = l->vm;
    if ((state == 0 || state == 5 /* CORRAL_LIMIT */) && vm->frame)
        return bad(l, "frames in a run that is not paused");
    if ((state == 2 || state == 3) && !vm->frame)
        return bad(l, "paused run without frames");
    Frame *inner = NULL;
    for (Frame *f = vm->frame; f; inner = f, f = f->prev) {
        int32_t *depths = stack_depths(f->code);
        if (!depths)
            return bad(l, "out of memory");
        int32_t d = depths[f->pc];
        free(depths);
        int prev_op = f->pc ? (int)INSTR_OP(f->code->code[f->pc - 1]) : -1;
        int here_op = f->pc < f->code->ncode ? (int)INSTR_OP(f->code->code[f->pc]) : -1;
        bool ok;
        if (!inner) {
            if (state == 2)
                ok = is_call_op(prev_op) && (int32_t)f->sp == d - 1;
            else
                ok = prev_op == OP_YIELD_VALUE && !f->gen && (int32_t)f->sp == d;
        } else if (inner->flags & FRAME_GEN_DRAIN) {
            ok = is_call_op(here_op) && (int32_t)f->sp == d;
        } else if (inner->flags & (FRAME_GEN_FOR | FRAME_GEN_SEND)) {
            ok = (prev_op == OP_FOR_ITER || prev_op == OP_SEND) && (int32_t)f->sp == d - 1;
        } else {
            ok = (is_call_op(prev_op) || prev_op == OP_BEFORE_WITH || prev_op == OP_WITH_EXCEPT ||
                  prev_op == OP_LOAD_ATTR || prev_op == OP_BINARY_SUBSCR) && (int32_t)f->sp == d - 1;
        }
        if (!ok)
            return bad(l, "a frame does not stand where a paused run leaves it");
    }
    /* suspended generators not on the chain */
    for (uint32_t i = 0; i < l->nobjs; i++) {
        if (l->kinds[i] != R_GEN)
            continue;
        GenObj *g = (GenObj *)AS_OBJ(l->objs[i]);
        if (!g->frame || g->state == GEN_RUNNING)
            continue;
        Frame *f = g->frame;
        if (g->state == GEN_CREATED) {
            if (f->pc != 0 || f->sp != 0)
                return bad(l, "unstarted generator frame");
            continue;
        }
        int32_t *depths = stack_depths(f->code);
        if (!depths)
            return bad(l, "out of memory");
        int32_t d = depths[f->pc];
        free(depths);
        if (INSTR_OP(f->code->code[f->pc - 1]) != OP_YIELD_VALUE || (int32_t)f->sp != d - 1)
            return bad(l, "a suspended generator does not stand after a yield");
    }
    return 0;
}

/* Traceback entries are (code, line) pairs: checked after everything is filled. */
static int verify_tracebacks(Loader *l)
{
    for (uint32_t i = 0; i < l->nobjs; i++) {
        Value v = l->objs[i];
        Value tb = VAL_NULL;
        if (l->kinds[i] == R_EXC)
            tb = ((ExcObj *)AS_OBJ(v))->traceback;
        else if (l->kinds[i] == R_TRACEBACK)
            tb = *(Value *)((char *)AS_OBJ(v) + sizeof(Obj));
        if (!tb)
            continue;
        for (size_t k = 0; k < AS_LIST(tb)->len; k++) {
            Value ent = AS_LIST(tb)->items[k];
            if (!IS_TUPLE(ent) || TUPLE_LEN(ent) != 2 || !IS_TYPE(TUPLE_ITEMS(ent)[0], &t_code) ||
                !IS_SMALLINT(TUPLE_ITEMS(ent)[1]))
                return bad(l, "traceback entry");
        }
    }
    return 0;
}

int snapshot_load(Vm *vm, const uint8_t *bytes, size_t len, const SnapshotInfo *info, CodeObj *root,
                  SnapshotState *state, char *err, size_t err_size)
{
    Loader l;
    memset(&l, 0, sizeof l);
    l.vm = vm;
    l.in = (In){bytes, len, info->payload_offset, 0};
    int status = -1;
    vm->gc_disabled++;
    if (code_table_add(&l.codes, root) < 0) {
        bad(&l, "out of memory");
        goto done;
    }
    if (l.codes.len != info->ncodes) {
        bad(&l, "the program's code does not match (different source or compiler)");
        goto done;
    }
    state->pause_kind = (int)get_u32(&l.in);
    state->next_call_id = get_u64(&l.in);
    state->pending_call_id = get_u64(&l.in);
    state->fuel_used = get_u64(&l.in);
    state->time_used_ns = get_u64(&l.in);
    uint32_t nobjs = get_u32(&l.in);
    if (l.in.bad || nobjs > (l.in.len - l.in.pos)) {
        bad(&l, "object count");
        goto done;
    }
    l.nobjs = nobjs;
    l.objs = calloc(nobjs ? nobjs : 1, sizeof(Value));
    l.kinds = calloc(nobjs ? nobjs : 1, 1);
    l.offsets = calloc(nobjs ? nobjs : 1, sizeof(size_t));
    Value keep = list_new(vm, nobjs);   /* keeps the loaded objects alive */
    if (!l.objs || !l.kinds || !l.offsets || !keep) {
        bad(&l, "out of memory");
        goto done;
    }
    /* phase 1: shells; types and modules are deferred */
    for (uint32_t i = 0; i < nobjs; i++) {
        l.offsets[i] = l.in.pos;
        int r = create_shell(&l, i);
        if (r < 0)
            goto done;
        if (r == 1) {
            /* skip the type record: metatype, name, qualname, bases, flags, dict */
            for (int k = 0; k < 4; k++)
                if (skip_value(&l) < 0)
                    goto done;
            get_u32(&l.in);
            uint32_t cnt;
            if (get_count(&l, &cnt) < 0)
                goto done;
            for (size_t k = 0; k < (size_t)cnt * 2; k++)
                if (skip_value(&l) < 0)
                    goto done;
        } else if (r == 2) {
            /* generator: skip its contents (state, 4 values, frame) up to the next record */
            get_u32(&l.in);
            for (int k = 0; k < 4; k++)
                if (skip_value(&l) < 0)
                    goto done;
            if (get_u8(&l.in) == 1) {
                /* frame: code, 5 values, pc, sp, flags, nblocks, blocks, slots */
                Value codev;
                Value *saved_objs = l.objs;
                l.objs = NULL;
                int cr = get_value(&l, &codev);
                l.objs = saved_objs;
                if (cr < 0 || !IS_TYPE(codev, &t_code)) {
                    bad(&l, "frame code");
                    goto done;
                }
                for (int k = 0; k < 5; k++)
                    if (skip_value(&l) < 0)
                        goto done;
                get_u32(&l.in);
                uint32_t sp = get_u32(&l.in);
                get_u32(&l.in);
                uint32_t nb = get_u32(&l.in);
                CodeObj *code = (CodeObj *)AS_OBJ(codev);
                if (nb > code->maxblocks || sp > code->stacksize) {
                    bad(&l, "frame bounds");
                    goto done;
                }
                for (uint32_t k = 0; k < nb; k++) {
                    get_u32(&l.in);
                    get_u32(&l.in);
                    get_u32(&l.in);
                    if (skip_value(&l) < 0)
                        goto done;
                }
                uint32_t nslots = code->nlocals + code->ncellvars + code->nfreevars;
                for (uint32_t k = 0; k < nslots + sp; k++)
                    if (skip_value(&l) < 0)
                        goto done;
            }
        } else if (r == 3 || r == 4) {
            l.objs[i] = VAL_NULL;
        }
        if (l.in.bad)
            goto done;
    }
    /* types, in base order: create each once its bases and metaclass exist */
    for (int round = 0; round < (int)nobjs + 1; round++) {
        bool progress = false, pending = false;
        for (uint32_t i = 0; i < nobjs; i++) {
            if (l.kinds[i] != R_TYPE || l.objs[i])
                continue;
            In saved = l.in;
            l.in.pos = l.offsets[i] + 1;
            l.in.bad = 0;
            Value meta, name, qualname, bases;
            Value *saved_objs = l.objs;
            int rr = get_value(&l, &meta);
            if (rr == 0)
                rr = get_value(&l, &name);
            if (rr == 0)
                rr = get_value(&l, &qualname);
            if (rr == 0)
                rr = get_value(&l, &bases);
            uint32_t flags = get_u32(&l.in);
            l.in = saved;
            l.objs = saved_objs;
            if (rr < 0)
                goto done;
            if (!meta || !name || !qualname || !bases) {
                pending = true;
                continue;
            }
            /* strings and the bases tuple are leaves/shells: the tuple is filled in phase 2,
             * so read the bases from its record now */
            if (!IS_STR(name) || !IS_STR(qualname) || !IS_TUPLE(bases) || !is_type_value(meta) ||
                !type_is_subtype((const TypeObj *)AS_OBJ(meta), &t_type)) {
                bad(&l, "class fields");
                goto done;
            }
            /* fill the bases tuple (phase 2 would do it; do it early for the MRO) */
            uint32_t bi = 0;
            for (; bi < nobjs; bi++)
                if (l.objs[bi] == bases)
                    break;
            if (bi < nobjs && l.kinds[bi] == R_TUPLE) {
                In s2 = l.in;
                l.in.pos = l.offsets[bi];
                l.in.bad = 0;
                int fr = fill(&l, bi);
                l.in = s2;
                if (fr < 0)
                    goto done;
            }
            bool ready = TUPLE_LEN(bases) > 0;
            for (size_t k = 0; k < TUPLE_LEN(bases); k++)
                if (!TUPLE_ITEMS(bases)[k] || !is_type_value(TUPLE_ITEMS(bases)[k]))
                    ready = false;
            if (!ready) {
                pending = true;
                continue;
            }
            Value ns = dict_new(vm);
            Value cls = ns ? type_new_heap_ex(vm, name, bases, ns, (const TypeObj *)AS_OBJ(meta), false, VAL_NULL) : VAL_NULL;
            if (!cls) {
                vm_exc_clear(vm);
                bad(&l, "class cannot be created from its bases");
                goto done;
            }
            ((TypeObj *)AS_OBJ(cls))->qualname_v = qualname;
            if (flags & TF_SLOTS)
                ((TypeObj *)AS_OBJ(cls))->flags |= TF_SLOTS;
            l.objs[i] = cls;
            progress = true;
        }
        if (!pending)
            break;
        if (!progress) {
            bad(&l, "classes whose bases cannot be resolved");
            goto done;
        }
    }
    /* modules by name (their names are string records, created in phase 1) */
    for (uint32_t i = 0; i < nobjs; i++) {
        if (l.kinds[i] != R_MODULE)
            continue;
        In saved = l.in;
        l.in.pos = l.offsets[i] + 1;
        Value name;
        if (get_value(&l, &name) < 0 || !IS_STR(name)) {
            bad(&l, "module name");
            goto done;
        }
        l.in = saved;
        Value m = import_module(vm, name);
        if (!m) {
            vm_exc_clear(vm);
            bad(&l, "a module the snapshot uses cannot be imported");
            goto done;
        }
        l.objs[i] = m;
    }
    /* objects whose class is a heap type: their classes exist now */
    for (uint32_t i = 0; i < nobjs; i++) {
        if (l.objs[i] || l.kinds[i] == R_TYPE || l.kinds[i] == R_MODULE)
            continue;
        In saved = l.in;
        l.in.pos = l.offsets[i];
        int r = create_shell(&l, i);
        l.in = saved;
        if (r != 0) {
            bad(&l, "object whose class cannot be created");
            goto done;
        }
    }
    for (uint32_t i = 0; i < nobjs; i++)
        if (!l.objs[i] || list_append(vm, keep, l.objs[i]) < 0) {
            bad(&l, "object not created");
            goto done;
        }
    /* phase 2 */
    size_t end_of_records = l.in.pos;
    for (uint32_t i = 0; i < nobjs; i++) {
        l.in.pos = l.offsets[i];
        if (fill(&l, i) < 0)
            goto done;
    }
    if (l.in.pos != end_of_records) {
        bad(&l, "record lengths disagree");
        goto done;
    }
    /* class dicts are filled: derive what type creation read from them */
    for (uint32_t i = 0; i < nobjs; i++) {
        if (l.kinds[i] != R_TYPE)
            continue;
        TypeObj *t = (TypeObj *)AS_OBJ(l.objs[i]);
        Value mod = dict_get_cstr(vm, t->dict, "__module__");
        t->module = mod && IS_STR(mod) && !str_eq_cstr(mod, "__main__") ? STR_DATA(mod) : NULL;
    }
    if (verify_tracebacks(&l) < 0)
        goto done;
    /* roots */
    Value roots[10];
    if (get_values(&l, roots, 10) < 0)
        goto done;
    if (!IS_DICT(roots[0]) || !IS_DICT(roots[1]) || !IS_DICT(roots[2]) ||
        (roots[3] && !is_exception_instance(roots[3])) || (roots[4] && !IS_STR(roots[4])) ||
        (roots[5] && !IS_TUPLE(roots[5])) || (roots[6] && !IS_DICT(roots[6])) || (roots[7] && !IS_DICT(roots[7])) ||
        (roots[8] && !IS_LIST(roots[8]))) {
        bad(&l, "run roots");
        goto done;
    }
    vm->main_globals = roots[0];
    vm->builtins = roots[1];
    vm->modules = roots[2];
    vm->exc_info = roots[3];
    vm->pending_name = roots[4];
    vm->pending_args = roots[5];
    vm->pending_kwargs = roots[6];
    vm->futures = roots[7];
    vm->waiting = roots[8];
    state->result = roots[9];
    /* frames, outermost first */
    uint32_t nframes = get_u32(&l.in);
    if (l.in.bad || nframes > vm->max_depth) {
        bad(&l, "frame count");
        goto done;
    }
    Frame *prev = NULL;
    for (uint32_t k = 0; k < nframes; k++) {
        Frame *f = get_frame(&l, NULL);
        if (!f)
            goto done;
        if (f->gen) {
            if (!(f->code->flags & (CO_GENERATOR | CO_COROUTINE))) {
                vm_frame_free(vm, f);
                bad(&l, "generator frame of non-generator code");
                goto done;
            }
            f->gen->frame = f;
        }
        f->prev = prev;
        prev = f;
        vm->frame = f;
        vm->depth++;
    }
    if (l.in.pos != l.in.len) {
        bad(&l, "trailing bytes");
        goto done;
    }
    for (uint32_t i = 0; i < nobjs; i++)
        if (l.kinds[i] == R_GEN && ((GenObj *)AS_OBJ(l.objs[i]))->state == GEN_RUNNING &&
            !((GenObj *)AS_OBJ(l.objs[i]))->frame) {
            bad(&l, "running generator without its frame");
            goto done;
        }
    if (verify_pause_points(&l, info->state) < 0)
        goto done;
    if (nframes) {
        /* the bottom frame ends the run's loop */
        Frame *bottom = vm->frame;
        while (bottom->prev)
            bottom = bottom->prev;
        bottom->flags |= FRAME_NESTED_ENTRY;
        for (Frame *f = vm->frame; f != bottom; f = f->prev)
            f->flags &= ~FRAME_NESTED_ENTRY;
    }
    vm->next_call_id = state->next_call_id;
    vm->pending_call_id = state->pending_call_id;
    vm->pause_kind = state->pause_kind;
    vm->fuel_used = state->fuel_used;
    status = 0;
done:
    if (status < 0) {
        /* frames already linked are freed with the vm */
        if (err && err_size)
            snprintf(err, err_size, "%s", l.err[0] ? l.err : "snapshot is malformed");
    }
    free(l.objs);
    free(l.kinds);
    free(l.offsets);
    free(l.codes.items);
    vm->gc_disabled--;
    vm_exc_clear(vm);
    return status;
}
