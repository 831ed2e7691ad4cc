/* Corral memory: the run's allocator hook with byte/allocation accounting,
 * and the precise mark-and-sweep collector.
 *
 * Every byte a run uses passes through mem_realloc(), so the memory and
 * allocation limits are one comparison each.  A refused allocation raises
 * the preallocated MemoryError and leaves the run consistent.
 *
 * Collection happens only at VM safe points with no native function on the
 * C stack (see object.h), so natives never need to root their temporaries.
 */
#include "vm.h"

#include <stdlib.h>

static void *default_alloc(void *user, void *ptr, size_t old_size, size_t new_size)
{
    (void)user; (void)old_size;
    if (new_size == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, new_size);
}

static void *raw_realloc(Vm *vm, void *p, size_t old_size, size_t new_size)
{
    AllocFn fn = vm->opt.alloc ? vm->opt.alloc : default_alloc;
    return fn(vm->opt.alloc_user, p, old_size, new_size);
}

static int over_memory_limit(Vm *vm, size_t extra)
{
    if (vm->opt.max_memory && vm->bytes_in_use + extra > vm->opt.max_memory)
        return 1;
    return 0;
}

int mem_check(Vm *vm, size_t bytes)
{
    if (bytes > ((size_t)1 << 48) || over_memory_limit(vm, bytes)) {
        vm->limit_kind = vm->opt.max_memory ? LIMIT_MEMORY : LIMIT_NONE;
        vm_raise_memory(vm);
        return -1;
    }
    return 0;
}

void *mem_realloc(Vm *vm, void *p, size_t old_size, size_t new_size)
{
    if (new_size == 0) {
        if (p) {
            raw_realloc(vm, p, old_size, 0);
            vm->bytes_in_use -= old_size;
        }
        return NULL;
    }
    if (new_size > old_size) {
        size_t grow = new_size - old_size;
        if (new_size > ((size_t)1 << 48) || over_memory_limit(vm, grow)) {
            if (vm->opt.max_memory)
                vm->limit_kind = LIMIT_MEMORY;
            vm_raise_memory(vm);
            return NULL;
        }
        if (vm->opt.max_allocations && vm->allocations >= vm->opt.max_allocations) {
            vm->limit_kind = LIMIT_ALLOCATIONS;
            vm_raise_memory(vm);
            return NULL;
        }
    }
    void *q = raw_realloc(vm, p, old_size, new_size);
    if (!q) {
        vm_raise_memory(vm);
        return NULL;
    }
    vm->allocations++;
    vm->bytes_in_use = vm->bytes_in_use - old_size + new_size;
    if (new_size > old_size)
        vm->bytes_since_gc += new_size - old_size;
    if (vm->bytes_in_use > vm->peak_bytes)
        vm->peak_bytes = vm->bytes_in_use;
    return q;
}

void *mem_alloc(Vm *vm, size_t size)
{
    return mem_realloc(vm, NULL, 0, size ? size : 1);
}

void mem_free(Vm *vm, void *p, size_t size)
{
    if (p)
        mem_realloc(vm, p, size ? size : 1, 0);
}

Obj *obj_alloc(Vm *vm, const TypeObj *type, size_t size)
{
    if (size > UINT32_MAX) {
        if (mem_check(vm, size) < 0)
            return NULL;
        vm_raise_memory(vm);
        return NULL;
    }
    Obj *o = mem_alloc(vm, size);
    if (!o)
        return NULL;
    memset(o, 0, size);
    o->type = type;
    o->size = (uint32_t)size;
    o->gc_flags = 0;
    o->gc_next = vm->heap;
    vm->heap = o;
    return o;
}

/* ------------------------------------------------------------------ GC */

/* Marking uses an explicit stack so deep structures never recurse in C. */
typedef struct MarkStack { Obj **items; size_t len, cap; } MarkStack;

static void mark_push(Vm *vm, MarkStack *ms, Obj *o)
{
    if (ms->len == ms->cap) {
        size_t ncap = ms->cap ? ms->cap * 2 : 256;
        AllocFn fn = vm->opt.alloc ? vm->opt.alloc : default_alloc;
        Obj **n = fn(vm->opt.alloc_user, ms->items, ms->cap * sizeof(Obj *), ncap * sizeof(Obj *));
        if (!n)
            return;   /* overflow: object stays marked but children unscanned -> handled by rescan */
        ms->items = n;
        ms->cap = ncap;
    }
    ms->items[ms->len++] = o;
}

/* The mark stack pointer lives in the Vm only during a collection; gc_mark
 * is called from trace slots, which receive the Vm. */
typedef struct GcState { MarkStack stack; int overflow; } GcState;

static GcState *gc_state(Vm *vm) { return (GcState *)vm->gc_state; }

void gc_mark(Vm *vm, Value v)
{
    if (!IS_OBJ(v))
        return;
    Obj *o = AS_OBJ(v);
    if (o->gc_flags & (OBJ_MARKED | OBJ_FROZEN))
        return;
    o->gc_flags |= OBJ_MARKED;
    GcState *st = gc_state(vm);
    size_t before = st->stack.len;
    mark_push(vm, &st->stack, o);
    if (st->stack.len == before)
        st->overflow = 1;
}

static void trace_object(Vm *vm, Obj *o)
{
    const TypeObj *t = o->type;
    if (!(((Obj *)t)->gc_flags & OBJ_FROZEN))
        gc_mark(vm, OBJ_VAL(t));
    /* find the slot along the static base chain */
    const TypeObj *s = t;
    while (s && !s->trace)
        s = s->base;
    if (s && s->trace)
        s->trace(vm, o);
    if ((t->flags & TF_HEAPTYPE) && t->dict_offset)
        gc_mark(vm, *(Value *)((char *)o + t->dict_offset));
}

static void mark_frame(Vm *vm, Frame *f)
{
    for (; f; f = f->prev) {
        gc_mark(vm, OBJ_VAL(f->code));
        if (f->func)
            gc_mark(vm, OBJ_VAL(f->func));
        gc_mark(vm, f->globals);
        gc_mark(vm, f->locals);
        gc_mark(vm, f->init_self);
        if (f->gen)
            gc_mark(vm, OBJ_VAL(f->gen));
        for (uint32_t i = 0; i < f->nslots + f->sp; i++)
            gc_mark(vm, f->slots[i]);
        for (uint32_t i = 0; i < f->nblocks; i++)
            gc_mark(vm, f->blocks[i].saved_exc);
    }
}

void gc_mark_frame_chain(Vm *vm, Frame *f) { mark_frame(vm, f); }

void gc_collect(Vm *vm)
{
    if (vm->gc_disabled || vm->native_depth > 0)
        return;
    GcState st = {{NULL, 0, 0}, 0};
    vm->gc_state = &st;
    mark_frame(vm, vm->frame);
    gc_mark(vm, vm->exc);
    gc_mark(vm, vm->exc_info);
    gc_mark(vm, vm->memory_error);
    gc_mark(vm, vm->builtins);
    gc_mark(vm, vm->modules);
    gc_mark(vm, vm->main_globals);
    gc_mark(vm, vm->interned);
    gc_mark(vm, vm->extra_roots);
    gc_mark(vm, vm->filename);
    gc_mark(vm, vm->source);
    gc_mark(vm, vm->pending_name);
    gc_mark(vm, vm->pending_args);
    gc_mark(vm, vm->pending_kwargs);
    gc_mark(vm, vm->futures);
    gc_mark(vm, vm->waiting);
    for (;;) {
        while (st.stack.len) {
            Obj *o = st.stack.items[--st.stack.len];
            trace_object(vm, o);
        }
        if (!st.overflow)
            break;
        /* The mark stack could not grow: rescan marked objects. */
        st.overflow = 0;
        for (Obj *o = vm->heap; o; o = o->gc_next)
            if (o->gc_flags & OBJ_MARKED)
                trace_object(vm, o);
    }
    if (st.stack.items) {
        AllocFn fn = vm->opt.alloc ? vm->opt.alloc : default_alloc;
        fn(vm->opt.alloc_user, st.stack.items, st.stack.cap * sizeof(Obj *), 0);
    }
    vm->gc_state = NULL;

    /* sweep */
    Obj **link = &vm->heap;
    while (*link) {
        Obj *o = *link;
        if (o->gc_flags & OBJ_MARKED) {
            o->gc_flags &= ~OBJ_MARKED;
            link = &o->gc_next;
            continue;
        }
        *link = o->gc_next;
        gc_free_object(vm, o);
    }
    vm->bytes_since_gc = 0;
    size_t live = vm->bytes_in_use;
    vm->gc_threshold = live < (1u << 20) ? (1u << 20) : live;
    if (vm->opt.gc_interval)
        vm->gc_threshold = vm->opt.gc_interval;
}

void gc_free_object(Vm *vm, Obj *o)
{
    const TypeObj *s = o->type;
    while (s && !s->finalize)
        s = s->base;
    if (s && s->finalize)
        s->finalize(vm, o);
    mem_free(vm, o, o->size);
}

void gc_free_all(Vm *vm)
{
    Obj *o = vm->heap;
    vm->heap = NULL;
    while (o) {
        Obj *next = o->gc_next;
        gc_free_object(vm, o);
        o = next;
    }
}
