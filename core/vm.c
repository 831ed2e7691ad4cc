/* Corral VM: frames, calls, generators and the interpreter loop.
 *
 * Python-to-Python calls push a Frame and stay in the same vm_execute()
 * loop; so do generators resumed by FOR_ITER and SEND, and __init__ of
 * classes.  Natives calling back into Python (vm_call) run a nested loop
 * that ends when the frame they pushed returns; while any nested loop runs
 * (vm->native_depth > 0) the GC does not collect, so natives never root
 * their temporaries.
 */
#define _POSIX_C_SOURCE 200809L
#include "vm.h"
#include "opcodes.h"
#include "compile_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

const char *const opcode_names[OP__COUNT] = {
#define OPCODE_NAME(name, hasarg, pops, pushes) #name,
    CORRAL_OPCODES(OPCODE_NAME)
#undef OPCODE_NAME
};

void exc_add_traceback(Vm *vm, Value exc, CodeObj *code, uint32_t line);
Value exc_traceback_object(Vm *vm, Value exc);

/* --------------------------------------------------------------- helpers */

static uint32_t code_line_at(CodeObj *code, uint32_t pc)
{
    uint32_t line = code->firstlineno;
    uint32_t lo = 0, hi = code->nlines;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (code->lines[mid].pc <= pc) {
            line = code->lines[mid].line;
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return line;
}

uint32_t frame_current_line(Frame *f)
{
    return code_line_at(f->code, f->pc ? f->pc - 1 : 0);
}

Value vm_intern(Vm *vm, const char *s, size_t len)
{
    /* the common case, an identifier interned before: no allocation (only for
     * text without NUL bytes, which a C-string lookup would cut short) */
    if (vm->interned && s[len] == 0 && !memchr(s, 0, len)) {
        Value existing = dict_get_cstr(vm, vm->interned, s);
        if (existing)
            return existing;
    }
    Value str = str_new(vm, s, len);
    if (!str)
        return VAL_NULL;
    if (!vm->interned)
        return str;
    Value existing = dict_get_str(vm, vm->interned, str);
    if (existing)
        return existing;
    if (dict_set(vm, vm->interned, str, str) < 0)
        return VAL_NULL;
    return str;
}

static uint64_t default_clock(void *user)
{
    (void)user;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static uint64_t vm_now(Vm *vm)
{
    return vm->opt.clock ? vm->opt.clock(vm->opt.clock_user) : default_clock(NULL);
}

/* A limit stop is not a Python exception: it is raised as a MemoryError-like
 * uncatchable state.  We model it by setting limit_kind and raising a
 * preallocated exception that handlers skip (see unwinding). */
static int limit_stop(Vm *vm, LimitKind kind)
{
    vm->limit_kind = kind;
    vm->exc = vm->memory_error;
    return -1;
}

int vm_tick(Vm *vm)
{
    if (vm->limit_kind != LIMIT_NONE)
        return -1;
    if (vm->interrupt_requested)
        return limit_stop(vm, LIMIT_INTERRUPT);
    if (vm->opt.max_fuel) {
        if (++vm->fuel_used > vm->opt.max_fuel)
            return limit_stop(vm, LIMIT_FUEL);
    }
    if (vm->opt.max_time_ns && (++vm->tick_counter & 1023) == 0) {
        if (vm_now(vm) - vm->start_time_ns > vm->opt.max_time_ns)
            return limit_stop(vm, LIMIT_TIME);
    }
    return 0;
}

uint32_t vm_start_recursion_limit(const Vm *vm)
{
    return vm->opt.max_recursion ? vm->opt.max_recursion : 1000;
}

int vm_charge_work(Vm *vm, size_t bytes)
{
    if (vm->limit_kind != LIMIT_NONE)
        return -1;
    if (!vm->opt.max_time_ns)
        return 0;
    /* ~16 bytes scanned cost about one bytecode; crossing a 1024-tick
       boundary checks the clock as vm_tick would. */
    uint64_t units = bytes >> 4;
    uint64_t before = vm->tick_counter;
    uint64_t after = before + units;
    vm->tick_counter = (uint32_t)after;
    if ((before >> 10) != (after >> 10) && vm_now(vm) - vm->start_time_ns > vm->opt.max_time_ns)
        return limit_stop(vm, LIMIT_TIME);
    return 0;
}

int vm_write_out(Vm *vm, const char *s, size_t len)
{
    if (vm->opt.write) {
        vm->opt.write(vm->opt.write_user, s, len);
        return 0;
    }
    if (vm->out_len + len > vm->out_cap) {
        size_t ncap = vm->out_cap ? vm->out_cap : 256;
        while (ncap < vm->out_len + len)
            ncap *= 2;
        char *n = mem_realloc(vm, vm->out, vm->out_cap, ncap);
        if (!n)
            return -1;
        vm->out = n;
        vm->out_cap = ncap;
    }
    memcpy(vm->out + vm->out_len, s, len);
    vm->out_len += len;
    return 0;
}

/* ---------------------------------------------------------------- frames */

enum { FRAME_CACHE_CLASSES = 64, FRAME_CACHE_DEPTH = 16, FRAME_SIZE_STEP = 64 };

static Frame *frame_new(Vm *vm, CodeObj *code, FuncObj *func, Value globals, Value locals)
{
    uint32_t nslots = code->nlocals + code->ncellvars + code->nfreevars;
    size_t size = sizeof(Frame) + sizeof(Value) * (nslots + code->stacksize + 1) + sizeof(Block) * code->maxblocks;
    size = (size + FRAME_SIZE_STEP - 1) / FRAME_SIZE_STEP * FRAME_SIZE_STEP;
    size_t cls = size / FRAME_SIZE_STEP;
    Frame *f;
    if (cls < FRAME_CACHE_CLASSES && vm->frame_cache[cls]) {
        /* reuse a frame of the same size class: only header and slots need clearing */
        f = vm->frame_cache[cls];
        vm->frame_cache[cls] = f->prev;
        vm->frame_cache_len[cls]--;
    } else {
        f = mem_alloc(vm, size);
        if (!f)
            return NULL;
    }
    memset(f, 0, sizeof(Frame) + sizeof(Value) * nslots);
    f->code = code;
    f->func = func;
    f->globals = globals;
    f->locals = locals;
    f->nslots = nslots;
    f->alloc_size = (uint32_t)size;
    f->blocks = (Block *)(f->slots + nslots + code->stacksize + 1);
    return f;
}

static void frame_free(Vm *vm, Frame *f)
{
    size_t cls = f->alloc_size / FRAME_SIZE_STEP;
    if (cls < FRAME_CACHE_CLASSES && vm->frame_cache_len[cls] < FRAME_CACHE_DEPTH) {
        f->prev = vm->frame_cache[cls];
        vm->frame_cache[cls] = f;
        vm->frame_cache_len[cls]++;
        return;
    }
    mem_free(vm, f, f->alloc_size);
}

static void frame_cache_clear(Vm *vm)
{
    for (size_t c = 0; c < FRAME_CACHE_CLASSES; c++) {
        while (vm->frame_cache[c]) {
            Frame *f = vm->frame_cache[c];
            vm->frame_cache[c] = f->prev;
            mem_free(vm, f, f->alloc_size);
        }
        vm->frame_cache_len[c] = 0;
    }
}

Frame *vm_frame_new(Vm *vm, CodeObj *code, FuncObj *func, Value globals, Value locals)
{
    return frame_new(vm, code, func, globals, locals);
}

void vm_frame_free(Vm *vm, Frame *f) { frame_free(vm, f); }

/* Create cells for cellvars and copy the closure's cells. */
static int frame_init_cells(Vm *vm, Frame *f)
{
    CodeObj *code = f->code;
    Value *cells = FRAME_CELLS(f);
    for (uint32_t i = 0; i < code->ncellvars; i++) {
        Value c = cell_new(vm, VAL_NULL);
        if (!c)
            return -1;
        cells[i] = c;
    }
    if (code->nfreevars) {
        if (!f->func || !f->func->closure || TUPLE_LEN(f->func->closure) < code->nfreevars) {
            vm_raise(vm, &t_SystemError, "closure missing");
            return -1;
        }
        for (uint32_t i = 0; i < code->nfreevars; i++)
            cells[code->ncellvars + i] = TUPLE_ITEMS(f->func->closure)[i];
    }
    return 0;
}

static void raise_missing(Vm *vm, FuncObj *func, const char *kind, Value *names, int n)
{
    StrBuf sb;
    sb_init(&sb, vm);
    for (int i = 0; i < n; i++) {
        if (i > 0)
            sb_append_cstr(&sb, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        sb_append_cstr(&sb, "'");
        sb_append_value_str(&sb, names[i]);
        sb_append_cstr(&sb, "'");
    }
    Value list = sb_finish(&sb);
    if (!list)
        return;
    vm_raise(vm, &t_TypeError, "%S() missing %d required %s argument%s: %S", func->qualname, n, kind,
             n == 1 ? "" : "s", list);
}

/* Bind call arguments into the fast locals of a new frame (CPython's rules
 * and messages). */
static int bind_arguments(Vm *vm, FuncObj *func, Frame *f, Value *args, int nargs, Value kwnames)
{
    CodeObj *co = func->code;
    uint32_t npos = co->argcount, nkwonly = co->kwonlyargcount;
    uint32_t total = npos + nkwonly;
    Value *fast = f->slots;
    bool has_varargs = co->flags & CO_VARARGS, has_varkw = co->flags & CO_VARKEYWORDS;
    uint32_t varargs_idx = total, varkw_idx = total + (has_varargs ? 1 : 0);
    int nkw = kwnames ? (int)TUPLE_LEN(kwnames) : 0;
    Value kwdict = VAL_NULL;
    if (has_varkw) {
        kwdict = dict_new(vm);
        if (!kwdict)
            return -1;
        fast[varkw_idx] = kwdict;
    }
    uint32_t n = (uint32_t)nargs < npos ? (uint32_t)nargs : npos;
    for (uint32_t i = 0; i < n; i++)
        fast[i] = args[i];
    if (has_varargs) {
        Value t = (uint32_t)nargs > npos ? tuple_from_array(vm, args + npos, (size_t)nargs - npos) : tuple_new(vm, 0);
        if (!t)
            return -1;
        fast[varargs_idx] = t;
    } else if ((uint32_t)nargs > npos) {
        uint32_t ndefaults = func->defaults ? (uint32_t)TUPLE_LEN(func->defaults) : 0;
        int kwonly_given = 0;
        for (int k = 0; k < nkw; k++)
            for (uint32_t j = npos; j < total; j++)
                if (str_eq(TUPLE_ITEMS(kwnames)[k], co->varnames[j]))
                    kwonly_given++;
        char given[96];
        if (kwonly_given)
            snprintf(given, sizeof given, "%d positional argument%s (and %d keyword-only argument%s) were",
                     nargs, nargs == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
        else
            snprintf(given, sizeof given, "%d %s", nargs, nargs == 1 ? "was" : "were");
        if (ndefaults)
            vm_raise(vm, &t_TypeError, "%S() takes from %d to %d positional arguments but %s given", func->qualname,
                     (int)(npos - ndefaults), (int)npos, given);
        else
            vm_raise(vm, &t_TypeError, "%S() takes %d positional argument%s but %s given", func->qualname, (int)npos,
                     npos == 1 ? "" : "s", given);
        return -1;
    }
    /* keywords */
    for (int k = 0; k < nkw; k++) {
        Value name = TUPLE_ITEMS(kwnames)[k];
        Value val = args[nargs + k];
        uint32_t j;
        bool found = false;
        for (j = co->posonlyargcount; j < total; j++) {
            if (co->varnames[j] == name || str_eq(co->varnames[j], name)) {
                found = true;
                break;
            }
        }
        if (!found) {
            if (has_varkw) {
                /* a positional-only name may also go to **kwargs */
                if (dict_get(vm, kwdict, name)) {
                    vm_raise(vm, &t_TypeError, "%S() got multiple values for argument '%S'", func->qualname, name);
                    return -1;
                }
                if (dict_set(vm, kwdict, name, val) < 0)
                    return -1;
                continue;
            }
            for (uint32_t p = 0; p < co->posonlyargcount; p++)
                if (str_eq(co->varnames[p], name)) {
                    vm_raise(vm, &t_TypeError,
                             "%S() got some positional-only arguments passed as keyword arguments: '%S'",
                             func->qualname, name);
                    return -1;
                }
            vm_raise(vm, &t_TypeError, "%S() got an unexpected keyword argument '%S'", func->qualname, name);
            return -1;
        }
        if (fast[j]) {
            vm_raise(vm, &t_TypeError, "%S() got multiple values for argument '%S'", func->qualname, name);
            return -1;
        }
        fast[j] = val;
    }
    /* defaults for missing positionals */
    if ((uint32_t)nargs < npos) {
        uint32_t ndefaults = func->defaults ? (uint32_t)TUPLE_LEN(func->defaults) : 0;
        uint32_t first_default = npos - ndefaults;
        Value missing[64];
        int nmissing = 0;
        for (uint32_t i = (uint32_t)nargs; i < npos; i++) {
            if (fast[i])
                continue;
            if (i >= first_default)
                fast[i] = TUPLE_ITEMS(func->defaults)[i - first_default];
            else if (nmissing < 64)
                missing[nmissing++] = co->varnames[i];
        }
        if (nmissing) {
            raise_missing(vm, func, "positional", missing, nmissing);
            return -1;
        }
    }
    if (nkwonly) {
        Value missing[64];
        int nmissing = 0;
        for (uint32_t i = npos; i < total; i++) {
            if (fast[i])
                continue;
            Value d = func->kwdefaults ? dict_get(vm, func->kwdefaults, co->varnames[i]) : VAL_NULL;
            if (d)
                fast[i] = d;
            else if (nmissing < 64)
                missing[nmissing++] = co->varnames[i];
        }
        if (nmissing) {
            raise_missing(vm, func, "keyword-only", missing, nmissing);
            return -1;
        }
    }
    return 0;
}

/* Build the frame for a call of a Python function (not yet linked). */
static Frame *make_call_frame(Vm *vm, FuncObj *func, Value *args, int nargs, Value kwnames)
{
    CodeObj *co = func->code;
    Frame *f = frame_new(vm, co, func, func->globals, VAL_NULL);
    if (!f)
        return NULL;
    /* fast path: exact positional arguments */
    if (!kwnames && (uint32_t)nargs == co->argcount && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) &&
        co->kwonlyargcount == 0) {
        for (int i = 0; i < nargs; i++)
            f->slots[i] = args[i];
    } else if (bind_arguments(vm, func, f, args, nargs, kwnames) < 0) {
        frame_free(vm, f);
        return NULL;
    }
    if ((co->ncellvars || co->nfreevars) && frame_init_cells(vm, f) < 0) {
        frame_free(vm, f);
        return NULL;
    }
    return f;
}

/* ------------------------------------------------------------ generators */

static void gen_trace(Vm *vm, Obj *o)
{
    GenObj *g = (GenObj *)o;
    gc_mark(vm, g->name);
    gc_mark(vm, g->qualname);
    gc_mark(vm, g->saved_exc_info);
    gc_mark(vm, g->caller_exc_info);
    if (g->frame && g->state != GEN_RUNNING) {
        Frame *f = g->frame;
        Frame *saved = f->prev;
        f->prev = NULL;
        gc_mark_frame_chain(vm, f);
        f->prev = saved;
    }
}

static void gen_finalize(Vm *vm, Obj *o)
{
    GenObj *g = (GenObj *)o;
    if (g->frame && g->state != GEN_RUNNING) {
        frame_free(vm, g->frame);
        g->frame = NULL;
    }
}

static Value gen_repr(Vm *vm, Value v)
{
    GenObj *g = (GenObj *)AS_OBJ(v);
    char buf[64];
    snprintf(buf, sizeof buf, " at %p>", (void *)v);
    StrBuf sb;
    sb_init(&sb, vm);
    sb_append_cstr(&sb, AS_OBJ(v)->type == &t_coroutine ? "<coroutine object " : "<generator object ");
    sb_append_value_str(&sb, g->qualname);
    sb_append_cstr(&sb, buf);
    return sb_finish(&sb);
}

static Value gen_iter(Vm *vm, Value v) { return v; }

static Value gen_resume(Vm *vm, Value genv, Value sent, Value throw_exc, Value *retval);

static Value gen_iternext(Vm *vm, Value v)
{
    Value ret = VAL_NULL;
    Value r = gen_resume(vm, v, VAL_NONE, VAL_NULL, &ret);
    return r;
}

static Value gen_send_method(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "send", nargs, kwnames, 2, 2) < 0)
        return VAL_NULL;
    Value ret = VAL_NULL;
    Value r = gen_resume(vm, args[0], args[1], VAL_NULL, &ret);
    if (!r && !vm_exc_pending(vm)) {
        Value e = exc_new(vm, &t_StopIteration, ret ? tuple_from_array(vm, &ret, 1) : VAL_NULL);
        return e ? vm_raise_value(vm, e) : VAL_NULL;
    }
    return r;
}

static Value gen_next_method(Vm *vm, Value *args, int nargs, Value kwnames)
{
    Value ret = VAL_NULL;
    Value r = gen_resume(vm, args[0], VAL_NONE, VAL_NULL, &ret);
    if (!r && !vm_exc_pending(vm)) {
        Value e = exc_new(vm, &t_StopIteration, ret && ret != VAL_NONE ? tuple_from_array(vm, &ret, 1) : VAL_NULL);
        return e ? vm_raise_value(vm, e) : VAL_NULL;
    }
    return r;
}

/* The iterator a suspended generator delegates to (it is paused in the
 * middle of `yield from` / `await`: SEND then YIELD_VALUE), or VAL_NULL. */
static Value gen_delegate(GenObj *g)
{
    Frame *f = g->frame;
    if (!f || g->state != GEN_SUSPENDED || f->pc < 2 || f->sp < 1)
        return VAL_NULL;
    if (INSTR_OP(f->code->code[f->pc - 1]) != OP_YIELD_VALUE || INSTR_OP(f->code->code[f->pc - 2]) != OP_SEND)
        return VAL_NULL;
    return FRAME_STACK(f)[f->sp - 1];
}

/* throw() with delegation to the sub-iterator of `yield from`, as CPython. */
static Value gen_throw_into(Vm *vm, Value genv, Value exc, Value *retval)
{
    GenObj *g = (GenObj *)AS_OBJ(genv);
    Value sub = gen_delegate(g);
    if (sub && !type_is_subtype(TYPE_OF(exc), &t_GeneratorExit)) {
        Value r, subret = VAL_NULL;
        if (IS_TYPE(sub, &t_generator) || IS_TYPE(sub, &t_coroutine)) {
            g->state = GEN_RUNNING;
            r = gen_throw_into(vm, sub, exc, &subret);
            g->state = GEN_SUSPENDED;
        } else {
            int found = 0;
            r = vm_call_method_opt(vm, sub, "throw", &exc, 1, &found);
            if (!found && !vm_exc_pending(vm))
                return gen_resume(vm, genv, VAL_NONE, exc, retval);
            if (!r && vm_exc_matches(vm, &t_StopIteration)) {
                ExcObj *se = (ExcObj *)AS_OBJ(vm_exc_fetch(vm));
                subret = IS_TUPLE(se->args) && TUPLE_LEN(se->args) ? TUPLE_ITEMS(se->args)[0] : VAL_NONE;
            }
        }
        if (r)
            return r;   /* the sub-iterator yielded: we stay suspended inside yield from */
        if (vm_exc_pending(vm)) {
            Value e2 = vm_exc_fetch(vm);
            return gen_resume(vm, genv, VAL_NONE, e2, retval);
        }
        /* the sub-iterator returned: that is the value of the yield from */
        Frame *f = g->frame;
        FRAME_STACK(f)[f->sp - 1] = subret ? subret : VAL_NONE;
        f->pc = INSTR_ARG(f->code->code[f->pc - 2]);
        return gen_resume(vm, genv, VAL_NULL, VAL_NULL, retval);
    }
    if (sub && (IS_TYPE(sub, &t_generator) || IS_TYPE(sub, &t_coroutine))) {
        /* GeneratorExit: close the sub-generator first */
        Value closer = exc;
        g->state = GEN_RUNNING;
        Value sr = VAL_NULL;
        Value r = gen_throw_into(vm, sub, closer, &sr);
        g->state = GEN_SUSPENDED;
        if (r) {
            Value e = exc_new_msg(vm, &t_RuntimeError, "generator ignored GeneratorExit");
            return e ? gen_resume(vm, genv, VAL_NONE, e, retval) : VAL_NULL;
        }
        if (vm_exc_pending(vm) && !vm_exc_matches(vm, &t_GeneratorExit) && !vm_exc_matches(vm, &t_StopIteration)) {
            Value e2 = vm_exc_fetch(vm);
            return gen_resume(vm, genv, VAL_NONE, e2, retval);
        }
        vm_exc_clear(vm);
    }
    return gen_resume(vm, genv, VAL_NONE, exc, retval);
}

static Value gen_throw_method(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "throw", nargs, kwnames, 2, 4) < 0)
        return VAL_NULL;
    Value exc = args[1];
    if (is_exception_type(exc)) {
        Value a = nargs > 2 && args[2] != VAL_NONE ? args[2] : VAL_NULL;
        exc = exc_new(vm, (const TypeObj *)AS_OBJ(exc), a ? (IS_TUPLE(a) ? a : tuple_from_array(vm, &a, 1)) : VAL_NULL);
        if (!exc)
            return VAL_NULL;
    } else if (!is_exception_instance(exc)) {
        return vm_raise(vm, &t_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                        type_name_of(exc));
    }
    Value ret = VAL_NULL;
    Value r = gen_throw_into(vm, args[0], exc, &ret);
    if (!r && !vm_exc_pending(vm)) {
        Value e = exc_new(vm, &t_StopIteration, ret && ret != VAL_NONE ? tuple_from_array(vm, &ret, 1) : VAL_NULL);
        return e ? vm_raise_value(vm, e) : VAL_NULL;
    }
    return r;
}

static Value gen_close_method(Vm *vm, Value *args, int nargs, Value kwnames)
{
    GenObj *g = (GenObj *)AS_OBJ(args[0]);
    if (g->state == GEN_CLOSED || g->state == GEN_CREATED) {
        if (g->state == GEN_CREATED && g->frame) {
            frame_free(vm, g->frame);
            g->frame = NULL;
        }
        g->state = GEN_CLOSED;
        return VAL_NONE;
    }
    Value exc = exc_new(vm, &t_GeneratorExit, VAL_NULL);
    if (!exc)
        return VAL_NULL;
    Value ret = VAL_NULL;
    Value r = gen_throw_into(vm, args[0], exc, &ret);
    if (r) {
        return vm_raise(vm, &t_RuntimeError, "generator ignored GeneratorExit");
    }
    if (vm_exc_matches(vm, &t_GeneratorExit) || vm_exc_matches(vm, &t_StopIteration)) {
        vm_exc_clear(vm);
        return VAL_NONE;
    }
    if (vm_exc_pending(vm))
        return VAL_NULL;
    return VAL_NONE;
}

static Value gen_get_name(Vm *vm, Value *args, int nargs, Value kw) { return ((GenObj *)AS_OBJ(args[0]))->name; }
static Value gen_get_qualname(Vm *vm, Value *args, int nargs, Value kw) { return ((GenObj *)AS_OBJ(args[0]))->qualname; }
static Value gen_get_running(Vm *vm, Value *args, int nargs, Value kw) { return VAL_BOOL(((GenObj *)AS_OBJ(args[0]))->state == GEN_RUNNING); }

static const BuiltinFunc gen_methods[] = {
    BUILTIN_METHOD("send", gen_send_method),
    BUILTIN_METHOD("throw", gen_throw_method),
    BUILTIN_METHOD("close", gen_close_method),
    BUILTIN_METHOD("__next__", gen_next_method),
    BUILTIN_GETTER("__name__", gen_get_name),
    BUILTIN_GETTER("__qualname__", gen_get_qualname),
    BUILTIN_GETTER("gi_running", gen_get_running),
};

const TypeObj t_generator = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "generator", .base = &t_object, .layout = K_GEN,
    .basicsize = sizeof(GenObj), .methods = gen_methods, .nmethods = sizeof gen_methods / sizeof gen_methods[0],
    .repr = gen_repr, .iter = gen_iter, .iternext = gen_iternext, .trace = gen_trace, .finalize = gen_finalize,
};

static Value coro_await(Vm *vm, Value *args, int nargs, Value kw) { return args[0]; }
static const BuiltinFunc coro_methods[] = {
    BUILTIN_METHOD("send", gen_send_method),
    BUILTIN_METHOD("throw", gen_throw_method),
    BUILTIN_METHOD("close", gen_close_method),
    BUILTIN_METHOD("__await__", coro_await),
    BUILTIN_GETTER("__name__", gen_get_name),
    BUILTIN_GETTER("__qualname__", gen_get_qualname),
};

const TypeObj t_coroutine = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "coroutine", .base = &t_object, .layout = K_GEN,
    .basicsize = sizeof(GenObj), .methods = coro_methods, .nmethods = sizeof coro_methods / sizeof coro_methods[0],
    .repr = gen_repr, .trace = gen_trace, .finalize = gen_finalize,
};

/* Switch the handled-exception state into a generator being resumed. */
static void gen_enter(Vm *vm, GenObj *g)
{
    g->caller_exc_info = vm->exc_info;
    vm->exc_info = g->saved_exc_info;
    g->saved_exc_info = VAL_NULL;
    g->state = GEN_RUNNING;
}

static Value gen_new(Vm *vm, Frame *f)
{
    const TypeObj *t = (f->code->flags & CO_COROUTINE) ? &t_coroutine : &t_generator;
    GenObj *g = (GenObj *)obj_alloc(vm, t, sizeof(GenObj));
    if (!g) {
        frame_free(vm, f);
        return VAL_NULL;
    }
    g->frame = f;
    g->state = GEN_CREATED;
    g->name = f->code->name;
    g->qualname = f->func ? f->func->qualname : f->code->qualname;
    f->gen = g;
    return OBJ_VAL(g);
}

/* ------------------------------------------------------------ calling */

static VmStatus vm_execute(Vm *vm, Value *result, bool throwing);
/* builtins.c: next(); recognised by the CALL handler to resume generators in-loop */
Value gen_next_entry(Vm *vm, Value *args, int nargs, Value kwnames);

/* Push 'f' as the innermost frame. */
static int push_frame(Vm *vm, Frame *f)
{
    if (vm->depth >= vm->max_depth) {
        vm_raise(vm, &t_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    f->prev = vm->frame;
    vm->frame = f;
    vm->depth++;
    return 0;
}

/* Run a frame to completion in a nested loop. Consumes f. */
/* A call from native code back into Python costs like CPython's C-level
 * call (two recursion units besides the frame) so deep recursion through
 * builtins and dunders stops at the same depth as CPython; the C stack is
 * bounded by NESTED_LOOP_MAX whatever the recursion limit. */
enum { NESTED_CALL_COST = 2, NESTED_LOOP_MAX = 3000 };

static Value run_nested(Vm *vm, Frame *f)
{
    if (vm->c_depth >= NESTED_LOOP_MAX || vm->depth + NESTED_CALL_COST >= vm->max_depth) {
        frame_free(vm, f);
        return vm_raise(vm, &t_RecursionError, "maximum recursion depth exceeded while calling a Python object");
    }
    /* Bytecode entered from a builtin (a sort key, a map function ...) ticks
       here: the builtin's own loop runs no back jump that would. */
    if ((vm->opt.max_fuel || vm->opt.max_time_ns || vm->interrupt_requested) && vm_tick(vm) < 0) {
        frame_free(vm, f);
        return VAL_NULL;
    }
    vm->depth += NESTED_CALL_COST;
    if (push_frame(vm, f) < 0) {
        vm->depth -= NESTED_CALL_COST;
        frame_free(vm, f);
        return VAL_NULL;
    }
    f->flags |= FRAME_NESTED_ENTRY;
    Value result = VAL_NULL;
    vm->native_depth++;
    vm->c_depth++;
    VmStatus st = vm_execute(vm, &result, false);
    vm->c_depth--;
    vm->native_depth--;
    vm->depth -= NESTED_CALL_COST;
    if (st == VM_RETURN)
        return result;
    if (st == VM_PAUSE) {
        return vm_raise(vm, &t_RuntimeError, "a host function cannot be called from inside this builtin");
    }
    return VAL_NULL;
}

static Value gen_resume(Vm *vm, Value genv, Value sent, Value throw_exc, Value *retval)
{
    GenObj *g = (GenObj *)AS_OBJ(genv);
    *retval = VAL_NULL;
    if (g->state == GEN_RUNNING)
        return vm_raise(vm, &t_ValueError, "generator already executing");
    if (g->state == GEN_CLOSED || !g->frame) {
        if (throw_exc)
            return vm_raise_value(vm, throw_exc);
        return VAL_NULL;
    }
    if (g->state == GEN_CREATED && sent && sent != VAL_NONE && !throw_exc)
        return vm_raise(vm, &t_TypeError, "can't send non-None value to a just-started generator");
    if (vm->c_depth >= NESTED_LOOP_MAX)
        return vm_raise(vm, &t_RecursionError, "maximum recursion depth exceeded");
    Frame *f = g->frame;
    if (push_frame(vm, f) < 0)
        return VAL_NULL;
    f->flags = (f->flags & ~(FRAME_GEN_FOR | FRAME_GEN_SEND)) | FRAME_NESTED_ENTRY;
    if (g->state == GEN_SUSPENDED && !throw_exc && sent)
        FRAME_STACK(f)[f->sp++] = sent;
    gen_enter(vm, g);
    Value result = VAL_NULL;
    if (throw_exc)
        vm->exc = throw_exc;
    vm->native_depth++;
    vm->c_depth++;
    VmStatus st = vm_execute(vm, &result, throw_exc != VAL_NULL);
    vm->c_depth--;
    vm->native_depth--;
    if (st == VM_RETURN) {
        if (g->state == GEN_SUSPENDED)
            return result;
        *retval = result;
        return VAL_NULL;
    }
    if (st == VM_PAUSE)
        return vm_raise(vm, &t_RuntimeError, "a host function cannot be called from inside this generator resume");
    return VAL_NULL;
}

Value gen_send(Vm *vm, Value gen, Value v, Value *retval)
{
    return gen_resume(vm, gen, v, VAL_NULL, retval);
}

/* fn(first, *args, **kw): for bound methods and __call__ hooks. */
Value vm_call_prepended(Vm *vm, Value fn, Value first, Value *args, int nargs, Value kwnames)
{
    int nkw = kwnames ? (int)TUPLE_LEN(kwnames) : 0;
    size_t n = (size_t)(nargs + nkw + 1);
    Value small[8];
    Value *buf = n <= 8 ? small : mem_alloc(vm, sizeof(Value) * n);
    if (!buf)
        return VAL_NULL;
    buf[0] = first;
    if (n > 1)
        memcpy(buf + 1, args, sizeof(Value) * (n - 1));
    Value r = vm_call(vm, fn, buf, nargs + 1, kwnames);
    if (buf != small)
        mem_free(vm, buf, sizeof(Value) * n);
    return r;
}

Value vm_call(Vm *vm, Value callable, Value *args, int nargs, Value kwnames)
{
    if (!IS_OBJ(callable))
        return vm_raise(vm, &t_TypeError, "'%s' object is not callable", type_name_of(callable));
    const TypeObj *t = AS_OBJ(callable)->type;
    if (t == &t_function) {
        FuncObj *func = (FuncObj *)AS_OBJ(callable);
        Frame *f = make_call_frame(vm, func, args, nargs, kwnames);
        if (!f)
            return VAL_NULL;
        if (func->code->flags & (CO_GENERATOR | CO_COROUTINE))
            return gen_new(vm, f);
        return run_nested(vm, f);
    }
    if (t == &t_builtin_function) {
        BuiltinFunc *bf = (BuiltinFunc *)AS_OBJ(callable);
        Value saved = vm->current_native;
        Value r;
        vm->current_native = callable;
        if (bf->kind == FN_UNBOUND) {
            const TypeObj *owner = (const TypeObj *)AS_OBJ(bf->self);
            if (nargs < 1) {
                vm->current_native = saved;
                return vm_raise(vm, &t_TypeError, "unbound method %s.%s() needs an argument", type_name(owner), bf->name);
            }
            if (!type_is_subtype(TYPE_OF(args[0]), owner)) {
                vm->current_native = saved;
                return vm_raise(vm, &t_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                                bf->name, type_name(owner), type_name_of(args[0]));
            }
            r = bf->fn(vm, args, nargs, kwnames);
        } else if (bf->self) {
            int nkw = kwnames ? (int)TUPLE_LEN(kwnames) : 0;
            size_t n = (size_t)(nargs + nkw + 1);
            Value small[8];
            Value *buf = n <= 8 ? small : mem_alloc(vm, sizeof(Value) * n);
            if (!buf) {
                vm->current_native = saved;
                return VAL_NULL;
            }
            buf[0] = bf->self;
            if (n > 1)
                memcpy(buf + 1, args, sizeof(Value) * (n - 1));
            r = bf->fn(vm, buf, nargs + 1, kwnames);
            if (buf != small)
                mem_free(vm, buf, sizeof(Value) * n);
        } else {
            r = bf->fn(vm, args, nargs, kwnames);
        }
        vm->current_native = saved;
        if (!r && !vm->exc)
            return vm_raise(vm, &t_SystemError, "%s() returned NULL without setting an exception", bf->name);
        return r;
    }
    if (t == &t_method) {
        MethodObj *m = (MethodObj *)AS_OBJ(callable);
        return vm_call_prepended(vm, m->func, m->self, args, nargs, kwnames);
    }
    if (type_is_subtype(t, &t_type)) {
        if (t->flags & TF_HEAPTYPE) {
            /* a metaclass defining __call__ controls instantiation */
            Value mc = type_lookup_cstr(vm, t, "__call__");
            if (mc && IS_TYPE(mc, &t_function))
                return vm_call_prepended(vm, mc, callable, args, nargs, kwnames);
        }
        return type_call_impl(vm, callable, args, nargs, kwnames);
    }
    if (t->flags & TF_HEAPTYPE) {
        Value f = type_lookup_cstr(vm, t, "__call__");
        if (f && IS_TYPE(f, &t_function))
            return vm_call_prepended(vm, f, callable, args, nargs, kwnames);
    }
    if (t->call)
        return t->call(vm, callable, args, nargs, kwnames);
    return vm_raise(vm, &t_TypeError, "'%s' object is not callable", type_name(t));
}

/* Run a class body function with 'ns' as its locals dict. */
Value vm_call_class_body(Vm *vm, FuncObj *fn, Value ns)
{
    Frame *f = frame_new(vm, fn->code, fn, fn->globals, ns);
    if (!f)
        return VAL_NULL;
    if ((fn->code->ncellvars || fn->code->nfreevars) && frame_init_cells(vm, f) < 0) {
        frame_free(vm, f);
        return VAL_NULL;
    }
    return run_nested(vm, f);
}

Value vm_call_method_opt(Vm *vm, Value obj, const char *name, Value *args, int nargs, int *found)
{
    Value n = vm_intern(vm, name, strlen(name));
    if (!n)
        return VAL_NULL;
    Value m = obj_getattr_opt(vm, obj, n);
    if (!m) {
        *found = 0;
        return VAL_NULL;
    }
    *found = 1;
    return vm_call(vm, m, args, nargs, VAL_NULL);
}

Value vm_call_method(Vm *vm, Value obj, const char *name, Value *args, int nargs)
{
    Value n = vm_intern(vm, name, strlen(name));
    if (!n)
        return VAL_NULL;
    Value m = obj_getattr(vm, obj, n);
    if (!m)
        return VAL_NULL;
    return vm_call(vm, m, args, nargs, VAL_NULL);
}

/* -------------------------------------------------------------- imports */

Value import_module(Vm *vm, Value name);

static Value import_from(Vm *vm, Value module, Value name)
{
    Value r = obj_getattr_opt(vm, module, name);
    if (r || vm_exc_pending(vm)) {
        if (!r && vm_exc_matches(vm, &t_AttributeError))
            vm_exc_clear(vm);
        else
            return r;
    }
    Value mname = IS_TYPE(module, &t_module) ? ((ModuleObj *)AS_OBJ(module))->name : VAL_NULL;
    if (!mname)
        return vm_raise(vm, &t_ImportError, "cannot import name '%S'", name);
    vm_raise(vm, &t_ImportError, "cannot import name '%S' from '%S' (unknown location)", name, mname);
    if (vm->exc && vm->exc != vm->memory_error) {
        ExcObj *e = (ExcObj *)AS_OBJ(vm->exc);
        Value saved = vm->exc;
        if (e->dict || (e->dict = dict_new(vm)))
            dict_set_cstr(vm, e->dict, "name", mname);
        vm->exc = saved;
    }
    return VAL_NULL;
}

/* ------------------------------------------------------------ unpacking */

static int unpack_iterable(Vm *vm, Value seq, int before, int after, bool starred, Value *out)
{
    /* out receives items in order: before items, [starred list], after items */
    Value *items;
    size_t n;
    Value tmp = VAL_NULL;
    if (IS_TUPLE(seq)) {
        items = TUPLE_ITEMS(seq);
        n = TUPLE_LEN(seq);
    } else if (IS_LIST(seq)) {
        items = AS_LIST(seq)->items;
        n = AS_LIST(seq)->len;
    } else {
        Value it = obj_iter(vm, seq);
        if (!it) {
            const TypeObj *st = TYPE_OF(seq);
            if (vm_exc_matches(vm, &t_TypeError) && !st->iter && !st->getitem &&
                !((st->flags & TF_HEAPTYPE) && type_lookup_cstr(vm, st, "__iter__"))) {
                vm_exc_clear(vm);
                vm_raise(vm, &t_TypeError, "cannot unpack non-iterable %s object", type_name_of(seq));
            }
            return -1;
        }
        if (!starred) {
            /* read exactly 'before' items and check for exhaustion */
            for (int i = 0; i < before; i++) {
                Value x = obj_iternext(vm, it);
                if (!x) {
                    if (!vm_exc_pending(vm))
                        vm_raise(vm, &t_ValueError, "not enough values to unpack (expected %d, got %d)", before, i);
                    return -1;
                }
                out[i] = x;
            }
            Value extra = obj_iternext(vm, it);
            if (extra) {
                vm_raise(vm, &t_ValueError, "too many values to unpack (expected %d)", before);
                return -1;
            }
            return vm_exc_pending(vm) ? -1 : 0;
        }
        tmp = list_from_iterable(vm, it);
        if (!tmp)
            return -1;
        items = AS_LIST(tmp)->items;
        n = AS_LIST(tmp)->len;
    }
    if (!starred) {
        if (n != (size_t)before) {
            if (n < (size_t)before)
                vm_raise(vm, &t_ValueError, "not enough values to unpack (expected %d, got %d)", before, (int)n);
            else
                vm_raise(vm, &t_ValueError, "too many values to unpack (expected %d)", before);
            return -1;
        }
        for (int i = 0; i < before; i++)
            out[i] = items[i];
        return 0;
    }
    if (n < (size_t)(before + after)) {
        vm_raise(vm, &t_ValueError, "not enough values to unpack (expected at least %d, got %d)", before + after, (int)n);
        return -1;
    }
    for (int i = 0; i < before; i++)
        out[i] = items[i];
    Value mid = list_from_array(vm, items + before, n - (size_t)before - (size_t)after);
    if (!mid)
        return -1;
    out[before] = mid;
    for (int i = 0; i < after; i++)
        out[before + 1 + i] = items[n - (size_t)after + (size_t)i];
    return 0;
}

/* ----------------------------------------------------- host interaction */

static Value external_repr(Vm *vm, Value v)
{
    StrBuf sb;
    sb_init(&sb, vm);
    sb_append_cstr(&sb, "<host function '");
    sb_append_value_str(&sb, ((ExternalObj *)AS_OBJ(v))->name);
    sb_append_cstr(&sb, "'>");
    return sb_finish(&sb);
}

static void external_trace(Vm *vm, Obj *o) { gc_mark(vm, ((ExternalObj *)o)->name); }

/* Reached only when a host function is called from native code (e.g. as a
 * sorted() key): the run cannot pause there. */
static Value external_call(Vm *vm, Value self, Value *args, int nargs, Value kwnames)
{
    return vm_raise(vm, &t_RuntimeError, "host function '%S' cannot be called from inside a builtin function",
                    ((ExternalObj *)AS_OBJ(self))->name);
}

const TypeObj t_external = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "function", .base = &t_object, .layout = K_OTHER,
    .basicsize = sizeof(ExternalObj), .repr = external_repr, .trace = external_trace, .call = external_call,
};

static void future_trace(Vm *vm, Obj *o) { gc_mark(vm, ((FutureObj *)o)->value); }

static Value future_repr(Vm *vm, Value v)
{
    FutureObj *fu = (FutureObj *)AS_OBJ(v);
    char buf[96];
    snprintf(buf, sizeof buf, "<Future id=%llu %s>", (unsigned long long)fu->id,
             fu->state == FUTURE_PENDING ? "pending" : fu->state == FUTURE_DONE ? "finished" : "failed");
    return str_from_cstr(vm, buf);
}

static Value future_done(Vm *vm, Value *args, int nargs, Value kw)
{
    return VAL_BOOL(((FutureObj *)AS_OBJ(args[0]))->state != FUTURE_PENDING);
}

static Value future_result(Vm *vm, Value *args, int nargs, Value kw)
{
    FutureObj *fu = (FutureObj *)AS_OBJ(args[0]);
    if (fu->state == FUTURE_DONE)
        return fu->value;
    if (fu->state == FUTURE_FAILED)
        return vm_raise_value(vm, fu->value);
    return vm_raise(vm, &t_RuntimeError, "Result is not set.");
}

static Value future_id(Vm *vm, Value *args, int nargs, Value kw)
{
    return int_from_u64(vm, ((FutureObj *)AS_OBJ(args[0]))->id);
}

static Value future_await(Vm *vm, Value *args, int nargs, Value kw) { return args[0]; }

static const BuiltinFunc future_methods[] = {
    BUILTIN_METHOD("done", future_done),
    BUILTIN_METHOD("result", future_result),
    BUILTIN_METHOD("__await__", future_await),
    BUILTIN_GETTER("call_id", future_id),
};

const TypeObj t_future = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "Future", .base = &t_object, .layout = K_OTHER,
    .basicsize = sizeof(FutureObj), .methods = future_methods, .nmethods = sizeof future_methods / sizeof future_methods[0],
    .repr = future_repr, .trace = future_trace, .module = "asyncio",
};

Value future_new(Vm *vm, uint64_t id)
{
    FutureObj *fu = (FutureObj *)obj_alloc(vm, &t_future, sizeof(FutureObj));
    if (!fu)
        return VAL_NULL;
    fu->id = id;
    fu->state = FUTURE_PENDING;
    Value v = OBJ_VAL(fu);
    if (!vm->futures && !(vm->futures = dict_new(vm)))
        return VAL_NULL;
    Value key = int_from_u64(vm, id);
    if (!key || dict_set(vm, vm->futures, key, v) < 0)
        return VAL_NULL;
    return v;
}

/* What a top-level await waits for: a future, or a list/tuple of futures
 * (asyncio.gather yields those).  Fills vm->waiting with pending ids. */
static int collect_waiting(Vm *vm, Value yv)
{
    Value ids = list_new(vm, 4);
    if (!ids)
        return -1;
    Value *items = &yv;
    size_t n = 1;
    if (IS_LIST(yv)) {
        items = AS_LIST(yv)->items;
        n = AS_LIST(yv)->len;
    } else if (IS_TUPLE(yv)) {
        items = TUPLE_ITEMS(yv);
        n = TUPLE_LEN(yv);
    }
    for (size_t i = 0; i < n; i++) {
        if (!IS_TYPE(items[i], &t_future)) {
            vm_raise(vm, &t_RuntimeError, "await wasn't used with future");
            return -1;
        }
        FutureObj *fu = (FutureObj *)AS_OBJ(items[i]);
        if (fu->state == FUTURE_PENDING) {
            Value id = int_from_u64(vm, fu->id);
            if (!id || list_append(vm, ids, id) < 0)
                return -1;
        }
    }
    vm->waiting = ids;
    return 0;
}

static void set_context_on_raise(Vm *vm, Value exc)
{
    if (vm->exc_info && vm->exc_info != exc && is_exception_instance(exc)) {
        ExcObj *e = (ExcObj *)AS_OBJ(exc);
        if (!e->context)
            e->context = vm->exc_info;
    }
}

/* ------------------------------------------------------------- the loop */

static Value make_function(Vm *vm, Frame *f, CodeObj *code, uint32_t flags, Value *sp_top, int *consumed)
{
    int n = 0;
    Value closure = VAL_NULL, annotations = VAL_NULL, kwdefaults = VAL_NULL, defaults = VAL_NULL;
    if (flags & 8) closure = sp_top[-(++n)];
    if (flags & 4) annotations = sp_top[-(++n)];
    if (flags & 2) kwdefaults = sp_top[-(++n)];
    if (flags & 1) defaults = sp_top[-(++n)];
    *consumed = n;
    FuncObj *fn = (FuncObj *)obj_alloc(vm, &t_function, sizeof(FuncObj));
    if (!fn)
        return VAL_NULL;
    fn->code = code;
    fn->globals = f->globals;
    fn->closure = closure;
    fn->annotations = annotations;
    fn->kwdefaults = kwdefaults;
    fn->defaults = defaults;
    fn->name = code->name;
    fn->qualname = code->qualname;
    /* the compiler puts a function's docstring (or None) first among its constants */
    fn->doc = code->nconsts && (code->flags & CO_NEWLOCALS) && IS_STR(code->consts[0]) ? code->consts[0] : VAL_NONE;
    fn->module = dict_get_cstr(vm, f->globals, "__name__");
    return OBJ_VAL(fn);
}

static int exc_matches_spec(Vm *vm, Value exc, Value spec)
{
    if (IS_TUPLE(spec)) {
        for (size_t i = 0; i < TUPLE_LEN(spec); i++) {
            int r = exc_matches_spec(vm, exc, TUPLE_ITEMS(spec)[i]);
            if (r)
                return r;
        }
        return 0;
    }
    if (!is_exception_type(spec)) {
        vm_raise(vm, &t_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return type_is_subtype(TYPE_OF(exc), (const TypeObj *)AS_OBJ(spec));
}

static bool is_sequence_for_match(Value v)
{
    const TypeObj *t = TYPE_OF(v);
    const TypeObj *lb = t;
    while (lb && (lb->flags & TF_HEAPTYPE))
        lb = lb->base;
    if (!lb)
        return false;
    return lb == &t_list || lb == &t_tuple || lb == &t_range;
}

static bool is_mapping_for_match(Value v)
{
    const TypeObj *t = TYPE_OF(v);
    while (t && (t->flags & TF_HEAPTYPE))
        t = t->base;
    return t == &t_dict;
}

/* match class pattern: returns a tuple of extracted attributes or None */
static Value match_class(Vm *vm, Value subject, Value cls, Value names, uint32_t npos)
{
    if (!IS_OBJ(cls) || !type_is_subtype(AS_OBJ(cls)->type, &t_type))
        return vm_raise(vm, &t_TypeError, "called match pattern must be a type");
    const TypeObj *ct = (const TypeObj *)AS_OBJ(cls);
    if (!type_is_subtype(TYPE_OF(subject), ct))
        return VAL_NONE;
    size_t nkw = TUPLE_LEN(names);
    Value out = tuple_new(vm, npos + nkw);
    if (!out)
        return VAL_NULL;
    if (npos) {
        Value match_args = type_lookup_cstr(vm, ct, "__match_args__");
        if (!match_args) {
            /* builtins that match themselves */
            const TypeObj *lb = ct;
            while (lb && (lb->flags & TF_HEAPTYPE))
                lb = lb->base;
            bool self_match = lb == &t_int || lb == &t_str || lb == &t_float || lb == &t_bool || lb == &t_bytes ||
                              lb == &t_list || lb == &t_tuple || lb == &t_dict || lb == &t_set || lb == &t_frozenset;
            if (!self_match || (ct->flags & TF_HEAPTYPE))
                return vm_raise(vm, &t_TypeError, "%s() accepts 0 positional sub-patterns (%d given)", type_name(ct), (int)npos);
            if (npos > 1)
                return vm_raise(vm, &t_TypeError, "%s() accepts 1 positional sub-pattern (%d given)", type_name(ct), (int)npos);
            TUPLE_ITEMS(out)[0] = subject;
        } else {
            if (!IS_TUPLE(match_args))
                return vm_raise(vm, &t_TypeError, "%s.__match_args__ must be a tuple (got %s)", type_name(ct), type_name_of(match_args));
            if (npos > TUPLE_LEN(match_args))
                return vm_raise(vm, &t_TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", type_name(ct),
                                (int)TUPLE_LEN(match_args), TUPLE_LEN(match_args) == 1 ? "" : "s", (int)npos);
            for (uint32_t i = 0; i < npos; i++) {
                Value a = obj_getattr_opt(vm, subject, TUPLE_ITEMS(match_args)[i]);
                if (!a) {
                    if (vm_exc_pending(vm)) {
                        if (!vm_exc_matches(vm, &t_AttributeError))
                            return VAL_NULL;
                        vm_exc_clear(vm);
                    }
                    return VAL_NONE;
                }
                TUPLE_ITEMS(out)[i] = a;
            }
        }
    }
    for (size_t i = 0; i < nkw; i++) {
        Value a = obj_getattr_opt(vm, subject, TUPLE_ITEMS(names)[i]);
        if (!a) {
            if (vm_exc_pending(vm)) {
                if (!vm_exc_matches(vm, &t_AttributeError))
                    return VAL_NULL;
                vm_exc_clear(vm);
            }
            return VAL_NONE;
        }
        TUPLE_ITEMS(out)[npos + i] = a;
    }
    return out;
}

void exc_attach_name_suggestion(Vm *vm, Value exc, Value name, Frame *f);

/* CPython's _PyObject_FunctionStr: "module.qualname()" for error messages. */
static Value function_str(Vm *vm, Value fn)
{
    StrBuf sb;
    sb_init(&sb, vm);
    if (IS_TYPE(fn, &t_function)) {
        FuncObj *f = (FuncObj *)AS_OBJ(fn);
        if (f->module && IS_STR(f->module) && !str_eq_cstr(f->module, "builtins")) {
            sb_append_value_str(&sb, f->module);
            sb_append_char(&sb, '.');
        }
        sb_append_value_str(&sb, f->qualname);
        sb_append_cstr(&sb, "()");
    } else if (IS_TYPE(fn, &t_builtin_function)) {
        sb_append_cstr(&sb, ((BuiltinFunc *)AS_OBJ(fn))->name);
        sb_append_cstr(&sb, "()");
    } else if (IS_OBJ(fn) && type_is_subtype(AS_OBJ(fn)->type, &t_type)) {
        sb_append_cstr(&sb, type_name((const TypeObj *)AS_OBJ(fn)));
        sb_append_cstr(&sb, "()");
    } else {
        sb_append_cstr(&sb, type_name_of(fn));
        sb_append_cstr(&sb, " object");
    }
    return sb_finish(&sb);
}

static Value name_error(Vm *vm, Value name)
{
    vm_raise(vm, &t_NameError, "name '%S' is not defined", name);
    exc_attach_name_suggestion(vm, vm->exc, name, vm->frame);
    return VAL_NULL;
}

static bool vm_tick_needed(Vm *vm)
{
    return vm->opt.max_fuel || vm->opt.max_time_ns || vm->interrupt_requested ||
           (vm->bytes_since_gc > vm->gc_threshold && vm->native_depth == 0);
}

static VmStatus vm_execute(Vm *vm, Value *result, bool throwing)
{
    Frame *f;
    CodeObj *co;
    uint32_t *code;
    Value *stack, *sp, *fast, *consts, *names;
    uint32_t pc;
    bool add_traceback = true;

#define LOAD_FRAME() do { f = vm->frame; co = f->code; code = co->code; stack = FRAME_STACK(f); \
        sp = stack + f->sp; pc = f->pc; fast = f->slots; consts = co->consts; names = co->names; } while (0)
#define SAVE_FRAME() do { f->pc = pc; f->sp = (uint32_t)(sp - stack); } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
/* Continue in the new frame nf (already bound); its return value will be
 * pushed on the current frame's stack. */
#define ENTER_FRAME(nf) do { \
        SAVE_FRAME(); \
        if (push_frame(vm, (nf)) < 0) { frame_free(vm, (nf)); goto error; } \
        LOAD_FRAME(); \
    } while (0)
#define SAFE_POINT() do { \
        if (vm->bytes_since_gc > vm->gc_threshold && vm->native_depth == 0) { SAVE_FRAME(); gc_collect(vm); } \
        if ((vm->opt.max_fuel || vm->opt.max_time_ns || vm->interrupt_requested) && vm_tick(vm) < 0) { \
            SAVE_FRAME(); goto exception_unwind; } \
    } while (0)

    LOAD_FRAME();
    if (throwing) {
        if (is_exception_instance(vm->exc))
            goto error;
        goto exception_unwind;
    }
    for (;;) {
        uint32_t instr = code[pc++];
        uint32_t arg = INSTR_ARG(instr);
        switch ((Opcode)INSTR_OP(instr)) {
        case OP_NOP:
            break;
        case OP_POP_TOP:
            sp--;
            break;
        case OP_SWAP: {
            Value t = sp[-1];
            sp[-1] = sp[-(int)arg];
            sp[-(int)arg] = t;
            break;
        }
        case OP_COPY: {
            Value v = sp[-(int)arg];
            PUSH(v);
            break;
        }
        case OP_ROT_THREE: {
            Value c = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = sp[-3];
            sp[-3] = c;
            break;
        }
        case OP_LOAD_CONST:
            PUSH(consts[arg]);
            break;
        case OP_LOAD_FAST: {
            Value v = fast[arg];
            if (!v) {
                vm_raise(vm, &t_UnboundLocalError, "cannot access local variable '%S' where it is not associated with a value",
                         co->varnames[arg]);
                goto error;
            }
            PUSH(v);
            break;
        }
        case OP_STORE_FAST:
            fast[arg] = POP();
            break;
        case OP_DELETE_FAST:
            if (!fast[arg]) {
                vm_raise(vm, &t_UnboundLocalError, "cannot access local variable '%S' where it is not associated with a value",
                         co->varnames[arg]);
                goto error;
            }
            fast[arg] = VAL_NULL;
            break;
        case OP_LOAD_GLOBAL: {
            Value name = names[arg];
            Value v = dict_get_str(vm, f->globals, name);
            if (!v) {
                v = dict_get_str(vm, vm->builtins, name);
                if (!v) {
                    name_error(vm, name);
                    goto error;
                }
            }
            PUSH(v);
            break;
        }
        case OP_STORE_GLOBAL: {
            Value v = POP();
            if (dict_set(vm, f->globals, names[arg], v) < 0)
                goto error;
            break;
        }
        case OP_DELETE_GLOBAL: {
            int r = dict_del(vm, f->globals, names[arg]);
            if (r <= 0) {
                if (r == 0)
                    name_error(vm, names[arg]);
                goto error;
            }
            break;
        }
        case OP_LOAD_NAME: {
            Value name = names[arg];
            Value v = VAL_NULL;
            if (f->locals) {
                v = IS_DICT(f->locals) ? dict_get_str(vm, f->locals, name) : obj_getitem(vm, f->locals, name);
                if (!v && vm_exc_pending(vm)) {
                    if (!vm_exc_matches(vm, &t_KeyError))
                        goto error;
                    vm_exc_clear(vm);
                }
            }
            if (!v)
                v = dict_get_str(vm, f->globals, name);
            if (!v)
                v = dict_get_str(vm, vm->builtins, name);
            if (!v) {
                name_error(vm, name);
                goto error;
            }
            PUSH(v);
            break;
        }
        case OP_STORE_NAME: {
            Value v = POP();
            Value target = f->locals ? f->locals : f->globals;
            if ((IS_DICT(target) ? dict_set(vm, target, names[arg], v) : obj_setitem(vm, target, names[arg], v)) < 0)
                goto error;
            break;
        }
        case OP_DELETE_NAME: {
            Value target = f->locals ? f->locals : f->globals;
            int r = dict_del(vm, target, names[arg]);
            if (r <= 0) {
                if (r == 0)
                    name_error(vm, names[arg]);
                goto error;
            }
            break;
        }
        case OP_LOAD_DEREF: {
            Value cell = FRAME_CELLS(f)[arg];
            Value v = ((CellObj *)AS_OBJ(cell))->value;
            if (!v) {
                if (arg < co->ncellvars)
                    vm_raise(vm, &t_UnboundLocalError,
                             "cannot access local variable '%S' where it is not associated with a value", co->cellvars[arg]);
                else
                    vm_raise(vm, &t_NameError,
                             "cannot access free variable '%S' where it is not associated with a value in enclosing scope",
                             co->freevars[arg - co->ncellvars]);
                goto error;
            }
            PUSH(v);
            break;
        }
        case OP_STORE_DEREF:
            ((CellObj *)AS_OBJ(FRAME_CELLS(f)[arg]))->value = POP();
            break;
        case OP_DELETE_DEREF: {
            CellObj *c = (CellObj *)AS_OBJ(FRAME_CELLS(f)[arg]);
            if (!c->value) {
                vm_raise(vm, &t_UnboundLocalError, "cannot access local variable '%S' where it is not associated with a value",
                         arg < co->ncellvars ? co->cellvars[arg] : co->freevars[arg - co->ncellvars]);
                goto error;
            }
            c->value = VAL_NULL;
            break;
        }
        case OP_LOAD_CLASSDEREF: {
            Value name = arg < co->ncellvars ? co->cellvars[arg] : co->freevars[arg - co->ncellvars];
            Value v = f->locals ? dict_get_str(vm, f->locals, name) : VAL_NULL;
            if (!v) {
                v = ((CellObj *)AS_OBJ(FRAME_CELLS(f)[arg]))->value;
                if (!v) {
                    vm_raise(vm, &t_NameError,
                             "cannot access free variable '%S' where it is not associated with a value in enclosing scope", name);
                    goto error;
                }
            }
            PUSH(v);
            break;
        }
        case OP_LOAD_CLOSURE:
            PUSH(FRAME_CELLS(f)[arg]);
            break;
        case OP_LOAD_ATTR: {
            Value obj = TOP();
            const TypeObj *ot = TYPE_OF(obj);
            if ((ot->flags & TF_HEAPTYPE) && !ot->getattr) {
                /* a Python property getter runs in this loop (it may call the host) */
                Value attr = type_lookup(vm, ot, names[arg]);
                if (attr && IS_TYPE(attr, &t_property) &&
                    IS_TYPE(((PropertyObj *)AS_OBJ(attr))->fget, &t_function) &&
                    !type_heap_attr_cstr(vm, ot, "__getattribute__")) {
                    Frame *nf = make_call_frame(vm, (FuncObj *)AS_OBJ(((PropertyObj *)AS_OBJ(attr))->fget), &obj, 1,
                                                VAL_NULL);
                    if (!nf)
                        goto error;
                    sp--;
                    ENTER_FRAME(nf);
                    break;
                }
            }
            Value r = obj_getattr(vm, TOP(), names[arg]);
            if (!r)
                goto error;
            TOP() = r;
            break;
        }
        case OP_STORE_ATTR: {
            Value obj = POP();
            Value v = POP();
            if (obj_setattr(vm, obj, names[arg], v) < 0)
                goto error;
            break;
        }
        case OP_DELETE_ATTR: {
            Value obj = POP();
            if (obj_setattr(vm, obj, names[arg], VAL_NULL) < 0)
                goto error;
            break;
        }
        case OP_LOAD_METHOD: {
            Value obj = TOP();
            Value name = names[arg];
            const TypeObj *t = TYPE_OF(obj);
            if (!t->getattr) {
                Value attr = type_lookup(vm, t, name);
                if (attr && IS_OBJ(attr)) {
                    const TypeObj *at = AS_OBJ(attr)->type;
                    bool plain = at == &t_function ||
                                 (at == &t_builtin_function && ((BuiltinFunc *)AS_OBJ(attr))->kind == FN_METHOD &&
                                  !((BuiltinFunc *)AS_OBJ(attr))->self);
                    if (plain) {
                        Value *dslot = t->dict_offset ? (Value *)((char *)AS_OBJ(obj) + t->dict_offset) : NULL;
                        if (!dslot || !*dslot || !dict_get_str(vm, *dslot, name)) {
                            TOP() = attr;
                            PUSH(obj);
                            break;
                        }
                    }
                }
            }
            Value r = obj_getattr(vm, obj, name);
            if (!r)
                goto error;
            TOP() = r;
            PUSH(VAL_NULL);
            break;
        }
        case OP_BINARY_SUBSCR: {
            Value key = POP();
            Value obj = TOP();
            Value r;
            if (IS_LIST(obj) && IS_SMALLINT(key)) {
                int64_t i = SMALLINT_VALUE(key);
                ListObj *l = AS_LIST(obj);
                if (i < 0)
                    i += (int64_t)l->len;
                if (i >= 0 && (size_t)i < l->len) {
                    TOP() = l->items[i];
                    break;
                }
            }
            if (IS_OBJ(obj) && (AS_OBJ(obj)->type->flags & TF_HEAPTYPE)) {
                Value gi = type_lookup_cstr(vm, AS_OBJ(obj)->type, "__getitem__");
                if (gi && IS_TYPE(gi, &t_function)) {
                    Value gargs[2] = {obj, key};
                    Frame *nf = make_call_frame(vm, (FuncObj *)AS_OBJ(gi), gargs, 2, VAL_NULL);
                    if (!nf)
                        goto error;
                    sp--;
                    ENTER_FRAME(nf);
                    break;
                }
            }
            r = obj_getitem(vm, obj, key);
            if (!r)
                goto error;
            TOP() = r;
            break;
        }
        case OP_STORE_SUBSCR: {
            Value key = POP();
            Value obj = POP();
            Value v = POP();
            if (IS_LIST(obj) && IS_SMALLINT(key)) {
                int64_t i = SMALLINT_VALUE(key);
                ListObj *l = AS_LIST(obj);
                if (i < 0)
                    i += (int64_t)l->len;
                if (i >= 0 && (size_t)i < l->len) {
                    l->items[i] = v;
                    break;
                }
            }
            if (obj_setitem(vm, obj, key, v) < 0)
                goto error;
            break;
        }
        case OP_DELETE_SUBSCR: {
            Value key = POP();
            Value obj = POP();
            if (obj_setitem(vm, obj, key, VAL_NULL) < 0)
                goto error;
            break;
        }
        case OP_BUILD_SLICE: {
            Value step = arg == 3 ? POP() : VAL_NONE;
            Value stop = POP();
            Value start = POP();
            Value s = slice_new(vm, start, stop, step);
            if (!s)
                goto error;
            PUSH(s);
            break;
        }
        case OP_BINARY_OP: {
            Value b = POP();
            Value a = TOP();
            Value r;
            if (IS_SMALLINT(a) && IS_SMALLINT(b)) {
                int64_t x = SMALLINT_VALUE(a), y = SMALLINT_VALUE(b), z;
                switch (arg & 15) {
                case BINOP_ADD: z = x + y; if (SMALLINT_FITS(z)) { TOP() = MAKE_SMALLINT(z); continue; } break;
                case BINOP_SUB: z = x - y; if (SMALLINT_FITS(z)) { TOP() = MAKE_SMALLINT(z); continue; } break;
                case BINOP_MUL:
                    if (!__builtin_mul_overflow(x, y, &z) && SMALLINT_FITS(z)) { TOP() = MAKE_SMALLINT(z); continue; }
                    break;
                case BINOP_AND: TOP() = MAKE_SMALLINT(x & y); continue;
                case BINOP_OR: TOP() = MAKE_SMALLINT(x | y); continue;
                case BINOP_XOR: TOP() = MAKE_SMALLINT(x ^ y); continue;
                case BINOP_FLOORDIV:
                    if (y > 0) { z = x / y; if ((x % y) != 0 && (x < 0)) z--; TOP() = MAKE_SMALLINT(z); continue; }
                    break;
                case BINOP_MOD:
                    if (y > 0) { z = x % y; if (z < 0) z += y; TOP() = MAKE_SMALLINT(z); continue; }
                    break;
                default: break;
                }
            }
            r = obj_binary_op(vm, (int)arg, a, b);
            if (!r)
                goto error;
            TOP() = r;
            break;
        }
        case OP_UNARY_OP: {
            Value a = TOP();
            Value r;
            if (arg == UNARY_NOT) {
                int t = obj_truthy(vm, a);
                if (t < 0)
                    goto error;
                r = VAL_BOOL(!t);
            } else if (arg == UNARY_NEG && IS_SMALLINT(a) && SMALLINT_VALUE(a) != SMALLINT_MIN) {
                r = MAKE_SMALLINT(-SMALLINT_VALUE(a));
            } else {
                r = obj_unary_op(vm, (int)arg, a);
                if (!r)
                    goto error;
            }
            TOP() = r;
            break;
        }
        case OP_COMPARE_OP: {
            Value b = POP();
            Value a = TOP();
            Value r;
            if (IS_SMALLINT(a) && IS_SMALLINT(b)) {
                int64_t x = SMALLINT_VALUE(a), y = SMALLINT_VALUE(b);
                bool c;
                switch (arg) {
                case CMP_LT: c = x < y; break;
                case CMP_LE: c = x <= y; break;
                case CMP_EQ: c = x == y; break;
                case CMP_NE: c = x != y; break;
                case CMP_GT: c = x > y; break;
                default: c = x >= y; break;
                }
                TOP() = VAL_BOOL(c);
                break;
            }
            r = obj_richcompare(vm, a, b, (int)arg);
            if (!r)
                goto error;
            TOP() = r;
            break;
        }
        case OP_IS_OP: {
            Value b = POP();
            Value a = TOP();
            TOP() = VAL_BOOL((a == b) != (arg != 0));
            break;
        }
        case OP_CONTAINS_OP: {
            Value container = POP();
            Value item = TOP();
            int r = obj_contains(vm, container, item);
            if (r < 0)
                goto error;
            TOP() = VAL_BOOL((r != 0) != (arg != 0));
            break;
        }
        case OP_JUMP:
            if (arg < pc) {
                pc = arg;
                SAFE_POINT();
            } else {
                pc = arg;
            }
            break;
        case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: {
            Value v = POP();
            int t;
            if (v == VAL_TRUE) t = 1;
            else if (v == VAL_FALSE) t = 0;
            else {
                t = obj_truthy(vm, v);
                if (t < 0)
                    goto error;
            }
            if ((t != 0) == (INSTR_OP(instr) == OP_POP_JUMP_IF_TRUE)) {
                bool back = arg < pc;
                pc = arg;
                if (back)
                    SAFE_POINT();
            }
            break;
        }
        case OP_POP_JUMP_IF_NONE: {
            Value v = POP();
            if (v == VAL_NONE)
                pc = arg;
            break;
        }
        case OP_POP_JUMP_IF_NOT_NONE: {
            Value v = POP();
            if (v != VAL_NONE)
                pc = arg;
            break;
        }
        case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: {
            int t = obj_truthy(vm, TOP());
            if (t < 0)
                goto error;
            if ((t != 0) == (INSTR_OP(instr) == OP_JUMP_IF_TRUE_OR_POP))
                pc = arg;
            else
                sp--;
            break;
        }
        case OP_GET_ITER: {
            Value v = TOP();
            Value it = obj_iter(vm, v);
            if (!it)
                goto error;
            TOP() = it;
            break;
        }
        case OP_FOR_ITER: {
            Value it = TOP();
            if (IS_TYPE(it, &t_generator)) {
                GenObj *g = (GenObj *)AS_OBJ(it);
                if (g->state == GEN_RUNNING) {
                    vm_raise(vm, &t_ValueError, "generator already executing");
                    goto error;
                }
                if (g->state == GEN_CLOSED || !g->frame) {
                    sp--;
                    pc = arg;
                    break;
                }
                Frame *gf = g->frame;
                SAVE_FRAME();
                if (push_frame(vm, gf) < 0)
                    goto error;
                gf->flags = (gf->flags & ~(FRAME_NESTED_ENTRY | FRAME_GEN_SEND)) | FRAME_GEN_FOR;
                if (g->state == GEN_SUSPENDED)
                    FRAME_STACK(gf)[gf->sp++] = VAL_NONE;
                gen_enter(vm, g);
                LOAD_FRAME();
                SAFE_POINT();
                break;
            }
            const TypeObj *t = TYPE_OF(it);
            Value nx = (t->iternext && !(t->flags & TF_HEAPTYPE)) ? t->iternext(vm, it) : obj_iternext(vm, it);
            if (nx) {
                PUSH(nx);
            } else {
                if (vm_exc_pending(vm))
                    goto error;
                sp--;
                pc = arg;
            }
            break;
        }
        case OP_RETURN_VALUE: {
            Value rv = POP();
            if (f->flags & FRAME_GEN_DRAIN)
                f->init_self = VAL_NULL;
            Frame *done = f;
            uint32_t flags = done->flags;
            while (done->nblocks > 0) {
                Block *b = &done->blocks[--done->nblocks];
                if (b->kind == BLOCK_HANDLER)
                    vm->exc_info = b->saved_exc;
            }
            vm->frame = done->prev;
            vm->depth--;
            Value init_self = done->init_self;
            Value class_ns = done->locals;
            if (done->gen) {
                GenObj *g = done->gen;
                vm->exc_info = g->caller_exc_info;
                g->state = GEN_CLOSED;
                g->frame = NULL;
            }
            frame_free(vm, done);
            if ((flags & FRAME_INIT) && rv != VAL_NONE) {
                if (flags & FRAME_NESTED_ENTRY) {
                    vm_raise(vm, &t_TypeError, "__init__() should return None, not '%s'", type_name_of(rv));
                    return VM_ERROR;
                }
                LOAD_FRAME();
                vm_raise(vm, &t_TypeError, "__init__() should return None, not '%s'", type_name_of(rv));
                goto error;
            }
            if (flags & FRAME_INIT)
                rv = init_self;
            if (flags & FRAME_CLASS_BODY) {
                if (!(flags & FRAME_NESTED_ENTRY))
                    LOAD_FRAME();
                Value cls = build_class_finish(vm, init_self, class_ns);
                if (!cls) {
                    if (flags & FRAME_NESTED_ENTRY)
                        return VM_ERROR;
                    goto error;
                }
                rv = cls;
            }
            if (flags & FRAME_NESTED_ENTRY) {
                *result = rv;
                return VM_RETURN;
            }
            LOAD_FRAME();
            if (flags & FRAME_GEN_DRAIN) {
                /* nothing to push: the caller's pc is back on its CALL */
            } else if (flags & FRAME_GEN_CALL) {
                /* the generator finished inside gen.send()/next(): StopIteration(value) at the call */
                Value a = rv != VAL_NONE ? tuple_from_array(vm, &rv, 1) : VAL_NULL;
                if (rv != VAL_NONE && !a)
                    goto error;
                Value e = exc_new(vm, &t_StopIteration, a);
                if (!e)
                    goto error;
                vm_raise_value(vm, e);
                goto error;
            } else if (flags & FRAME_GEN_FOR) {
                sp--;
                pc = INSTR_ARG(code[pc - 1]);
            } else if (flags & FRAME_GEN_SEND) {
                TOP() = rv;
                pc = INSTR_ARG(code[pc - 1]);
            } else {
                PUSH(rv);
            }
            break;
        }
        case OP_YIELD_VALUE: {
            if (!f->gen) {
                /* top-level await: what a coroutine yields up is what it waits for */
                Value yv = POP();
                if (vm->c_depth > 0) {
                    vm_raise(vm, &t_RuntimeError, "cannot await a host future from inside this builtin");
                    goto error;
                }
                if (collect_waiting(vm, yv) < 0)
                    goto error;
                PUSH(VAL_NONE);
                SAVE_FRAME();
                vm->pause_kind = PAUSE_FUTURES;
                return VM_PAUSE;
            }
            Value yv = POP();
            if (f->flags & FRAME_GEN_DRAIN) {
                if (list_append(vm, f->init_self, yv) < 0)
                    goto error;
                PUSH(VAL_NONE);   /* what the yield expression evaluates to */
                if (vm_tick_needed(vm))
                    SAFE_POINT();
                break;
            }
            SAVE_FRAME();
            Frame *done = f;
            uint32_t flags = done->flags;
            done->gen->state = GEN_SUSPENDED;
            done->gen->saved_exc_info = vm->exc_info;
            vm->exc_info = done->gen->caller_exc_info;
            done->gen->caller_exc_info = VAL_NULL;
            vm->frame = done->prev;
            vm->depth--;
            done->prev = NULL;
            done->flags &= ~(FRAME_NESTED_ENTRY | FRAME_GEN_FOR | FRAME_GEN_SEND | FRAME_GEN_CALL);
            if (flags & FRAME_NESTED_ENTRY) {
                *result = yv;
                return VM_RETURN;
            }
            LOAD_FRAME();
            PUSH(yv);
            break;
        }
        case OP_GET_YIELD_FROM_ITER: {
            Value v = TOP();
            if (!IS_TYPE(v, &t_generator) && !IS_TYPE(v, &t_coroutine)) {
                Value it = obj_iter(vm, v);
                if (!it)
                    goto error;
                TOP() = it;
            }
            break;
        }
        case OP_SEND: {
            Value v = POP();
            Value it = TOP();
            if (IS_TYPE(it, &t_future)) {
                FutureObj *fu = (FutureObj *)AS_OBJ(it);
                if (fu->state == FUTURE_DONE) {
                    TOP() = fu->value;
                    pc = arg;
                    break;
                }
                if (fu->state == FUTURE_FAILED) {
                    sp--;
                    vm->exc = fu->value;
                    set_context_on_raise(vm, fu->value);
                    goto error;
                }
                /* pending: a coroutine yields it to its driver; at top level the run pauses */
                PUSH(it);
                break;
            }
            if (IS_TYPE(it, &t_generator) || IS_TYPE(it, &t_coroutine)) {
                GenObj *g = (GenObj *)AS_OBJ(it);
                if (g->state == GEN_RUNNING) {
                    vm_raise(vm, &t_ValueError, "generator already executing");
                    goto error;
                }
                if (g->state == GEN_CLOSED || !g->frame) {
                    TOP() = VAL_NONE;
                    pc = arg;
                    break;
                }
                if (g->state == GEN_CREATED && v != VAL_NONE) {
                    vm_raise(vm, &t_TypeError, "can't send non-None value to a just-started generator");
                    goto error;
                }
                Frame *gf = g->frame;
                SAVE_FRAME();
                if (push_frame(vm, gf) < 0)
                    goto error;
                gf->flags = (gf->flags & ~(FRAME_NESTED_ENTRY | FRAME_GEN_FOR)) | FRAME_GEN_SEND;
                if (g->state == GEN_SUSPENDED)
                    FRAME_STACK(gf)[gf->sp++] = v;
                gen_enter(vm, g);
                LOAD_FRAME();
                break;
            }
            Value r;
            if (v == VAL_NONE) {
                r = obj_iternext(vm, it);
            } else {
                r = vm_call_method(vm, it, "send", &v, 1);
                if (!r && vm_exc_matches(vm, &t_StopIteration)) {
                    Value e = vm_exc_fetch(vm);
                    ExcObj *eo = (ExcObj *)AS_OBJ(e);
                    TOP() = IS_TUPLE(eo->args) && TUPLE_LEN(eo->args) ? TUPLE_ITEMS(eo->args)[0] : VAL_NONE;
                    pc = arg;
                    break;
                }
            }
            if (r) {
                PUSH(r);
            } else {
                if (vm_exc_pending(vm))
                    goto error;
                TOP() = VAL_NONE;
                pc = arg;
            }
            break;
        }
        case OP_GET_AWAITABLE: {
            Value v = TOP();
            if (IS_TYPE(v, &t_coroutine) || IS_TYPE(v, &t_future))
                break;
            Value aw = obj_getattr_opt(vm, v, vm_intern(vm, "__await__", 9));
            if (!aw) {
                if (!vm_exc_pending(vm))
                    vm_raise(vm, &t_TypeError, "object %s can't be used in 'await' expression", type_name_of(v));
                goto error;
            }
            Value it = vm_call(vm, aw, NULL, 0, VAL_NULL);
            if (!it)
                goto error;
            TOP() = it;
            break;
        }
        case OP_BUILD_TUPLE: {
            Value t = tuple_from_array(vm, sp - arg, arg);
            if (!t)
                goto error;
            sp -= arg;
            PUSH(t);
            break;
        }
        case OP_BUILD_LIST: {
            Value l = list_from_array(vm, sp - arg, arg);
            if (!l)
                goto error;
            sp -= arg;
            PUSH(l);
            break;
        }
        case OP_BUILD_SET: {
            Value s = set_new(vm, &t_set);
            if (!s)
                goto error;
            for (uint32_t i = 0; i < arg; i++)
                if (set_add(vm, s, sp[-(int)arg + (int)i]) < 0)
                    goto error;
            sp -= arg;
            PUSH(s);
            break;
        }
        case OP_BUILD_MAP: {
            Value d = dict_new(vm);
            if (!d)
                goto error;
            for (uint32_t i = 0; i < arg; i++)
                if (dict_set(vm, d, sp[-2 * (int)arg + 2 * (int)i], sp[-2 * (int)arg + 2 * (int)i + 1]) < 0)
                    goto error;
            sp -= 2 * arg;
            PUSH(d);
            break;
        }
        case OP_BUILD_STRING: {
            StrBuf sb;
            sb_init(&sb, vm);
            for (uint32_t i = 0; i < arg; i++)
                sb_append_value_str(&sb, sp[-(int)arg + (int)i]);
            Value s = sb_finish(&sb);
            if (!s)
                goto error;
            sp -= arg;
            PUSH(s);
            break;
        }
        case OP_LIST_APPEND: {
            Value v = POP();
            if (list_append(vm, sp[-(int)arg], v) < 0)
                goto error;
            break;
        }
        case OP_SET_ADD: {
            Value v = POP();
            if (set_add(vm, sp[-(int)arg], v) < 0)
                goto error;
            break;
        }
        case OP_MAP_ADD: {
            Value v = POP();
            Value k = POP();
            if (dict_set(vm, sp[-(int)arg], k, v) < 0)
                goto error;
            break;
        }
        case OP_LIST_EXTEND: {
            Value it = POP();
            if (list_extend(vm, sp[-(int)arg], it) < 0) {
                const TypeObj *t = TYPE_OF(it);
                if (vm_exc_matches(vm, &t_TypeError) && !t->iter && !t->getitem &&
                    !((t->flags & TF_HEAPTYPE) && type_lookup_cstr(vm, t, "__iter__"))) {
                    vm_exc_clear(vm);
                    vm_raise(vm, &t_TypeError, "Value after * must be an iterable, not %s", type_name(t));
                }
                goto error;
            }
            break;
        }
        case OP_SET_UPDATE: {
            Value it = POP();
            if (set_update(vm, sp[-(int)arg], it) < 0)
                goto error;
            break;
        }
        case OP_DICT_UPDATE: {
            Value m = POP();
            if (!IS_DICT(m) && !obj_getattr_opt(vm, m, vm_intern(vm, "keys", 4))) {
                if (!vm_exc_pending(vm))
                    vm_raise(vm, &t_TypeError, "'%s' object is not a mapping", type_name_of(m));
                goto error;
            }
            if (dict_update(vm, sp[-(int)arg], m) < 0)
                goto error;
            break;
        }
        case OP_DICT_MERGE: {
            Value m = POP();
            Value target = sp[-(int)arg];
            Value fn = sp[-(int)arg - 2];
            if (!IS_DICT(m) && !obj_getattr_opt(vm, m, vm_intern(vm, "keys", 4))) {
                if (!vm_exc_pending(vm)) {
                    Value fs = function_str(vm, fn);
                    if (fs)
                        vm_raise(vm, &t_TypeError, "%S argument after ** must be a mapping, not %s", fs, type_name_of(m));
                }
                goto error;
            }
            Value src = m;
            if (!IS_DICT(src)) {
                src = dict_new(vm);
                if (!src || dict_update(vm, src, m) < 0)
                    goto error;
            }
            size_t pos = 0;
            Value k, v;
            while (dict_next(src, &pos, &k, &v)) {
                if (!IS_STR(k)) {
                    vm_raise(vm, &t_TypeError, "keywords must be strings");
                    goto error;
                }
                if (dict_get(vm, target, k)) {
                    Value fs = function_str(vm, fn);
                    if (fs)
                        vm_raise(vm, &t_TypeError, "%S got multiple values for keyword argument '%S'", fs, k);
                    goto error;
                }
                if (dict_set(vm, target, k, v) < 0)
                    goto error;
            }
            break;
        }
        case OP_LIST_TO_TUPLE: {
            ListObj *l = AS_LIST(TOP());
            Value t = tuple_from_array(vm, l->items, l->len);
            if (!t)
                goto error;
            TOP() = t;
            break;
        }
        case OP_UNPACK_SEQUENCE: {
            Value seq = TOP();
            Value *items = NULL;
            size_t n = 0;
            if (IS_TUPLE(seq)) {
                items = TUPLE_ITEMS(seq);
                n = TUPLE_LEN(seq);
            } else if (IS_LIST(seq)) {
                items = AS_LIST(seq)->items;
                n = AS_LIST(seq)->len;
            }
            if (items && n == arg) {
                sp--;
                for (uint32_t i = arg; i-- > 0;)
                    PUSH(items[i]);
                break;
            }
            Value tmp[16];
            Value *out = arg <= 16 ? tmp : mem_alloc(vm, sizeof(Value) * arg);
            if (!out)
                goto error;
            if (unpack_iterable(vm, seq, (int)arg, 0, false, out) < 0) {
                if (out != tmp)
                    mem_free(vm, out, sizeof(Value) * arg);
                goto error;
            }
            sp--;
            for (uint32_t i = arg; i-- > 0;)
                PUSH(out[i]);
            if (out != tmp)
                mem_free(vm, out, sizeof(Value) * arg);
            break;
        }
        case OP_UNPACK_EX: {
            int before = (int)(arg & 0xff), after = (int)(arg >> 8);
            int total = before + 1 + after;
            Value tmp[16];
            Value *out = total <= 16 ? tmp : mem_alloc(vm, sizeof(Value) * (size_t)total);
            if (!out)
                goto error;
            if (unpack_iterable(vm, TOP(), before, after, true, out) < 0) {
                if (out != tmp)
                    mem_free(vm, out, sizeof(Value) * (size_t)total);
                goto error;
            }
            sp--;
            for (int i = total; i-- > 0;)
                PUSH(out[i]);
            if (out != tmp)
                mem_free(vm, out, sizeof(Value) * (size_t)total);
            break;
        }
        case OP_FORMAT_VALUE: {
            Value spec = (arg & 4) ? POP() : VAL_NULL;
            Value v = TOP();
            switch (arg & 3) {
            case 1: v = obj_str(vm, v); break;
            case 2: v = obj_repr(vm, v); break;
            case 3: v = obj_ascii(vm, v); break;
            default: break;
            }
            if (!v)
                goto error;
            if (!spec && IS_STR(v)) {
                TOP() = v;
                break;
            }
            if (!spec) {
                spec = str_new(vm, "", 0);
                if (!spec)
                    goto error;
            }
            Value r = obj_format(vm, v, spec);
            if (!r)
                goto error;
            TOP() = r;
            break;
        }
        case OP_CALL: case OP_CALL_KW: case OP_CALL_METHOD: case OP_CALL_METHOD_KW: case OP_CALL_EX: {
            Value kwnames = VAL_NULL;
            Value callable;
            Value *args;
            int nargs;
            Value *call_base;
            Value *ex_buf = NULL;
            size_t ex_size = 0;
            Opcode op = (Opcode)INSTR_OP(instr);
            if (op == OP_CALL_KW || op == OP_CALL_METHOD_KW) {
                kwnames = POP();
            }
            if (op == OP_CALL_EX) {
                Value kwargs = (arg & 1) ? sp[-1] : VAL_NULL;
                Value argt = (arg & 1) ? sp[-2] : sp[-1];
                callable = (arg & 1) ? sp[-3] : sp[-2];
                if (!IS_TUPLE(argt)) {
                    /* f(*x) with x not yet a tuple */
                    Value l = list_from_iterable(vm, argt);
                    if (!l) {
                        const TypeObj *at = TYPE_OF(argt);
                        if (vm_exc_matches(vm, &t_TypeError) && !at->iter && !at->getitem &&
                            !((at->flags & TF_HEAPTYPE) && type_lookup_cstr(vm, at, "__iter__"))) {
                            vm_exc_clear(vm);
                            Value fs = function_str(vm, callable);
                            if (fs)
                                vm_raise(vm, &t_TypeError, "%S argument after * must be an iterable, not %s", fs,
                                         type_name(at));
                        }
                        goto error;
                    }
                    argt = tuple_from_array(vm, AS_LIST(l)->items, AS_LIST(l)->len);
                    if (!argt)
                        goto error;
                }
                if (kwargs && !IS_DICT(kwargs)) {
                    Value d = dict_new(vm);
                    if (!d)
                        goto error;
                    if (!obj_getattr_opt(vm, kwargs, vm_intern(vm, "keys", 4))) {
                        if (!vm_exc_pending(vm)) {
                            Value fs = function_str(vm, callable);
                            if (fs)
                                vm_raise(vm, &t_TypeError, "%S argument after ** must be a mapping, not %s", fs,
                                         type_name_of(kwargs));
                        }
                        goto error;
                    }
                    if (dict_update(vm, d, kwargs) < 0)
                        goto error;
                    kwargs = d;
                }
                sp -= (arg & 1) ? 2 : 1;
                call_base = sp - 1;
                size_t npos = TUPLE_LEN(argt);
                size_t nkw = kwargs ? dict_len(kwargs) : 0;
                ex_size = sizeof(Value) * (npos + nkw + 1);
                ex_buf = mem_alloc(vm, ex_size);
                if (!ex_buf)
                    goto error;
                memcpy(ex_buf, TUPLE_ITEMS(argt), sizeof(Value) * npos);
                if (nkw) {
                    kwnames = tuple_new(vm, nkw);
                    if (!kwnames) {
                        mem_free(vm, ex_buf, ex_size);
                        goto error;
                    }
                    size_t pos = 0, i = 0;
                    Value k, v;
                    while (dict_next(kwargs, &pos, &k, &v)) {
                        TUPLE_ITEMS(kwnames)[i] = k;
                        ex_buf[npos + i] = v;
                        i++;
                    }
                }
                args = ex_buf;
                nargs = (int)npos;
            } else {
                int nkw = kwnames ? (int)TUPLE_LEN(kwnames) : 0;
                int npos = (int)arg - nkw;
                if (op == OP_CALL_METHOD || op == OP_CALL_METHOD_KW) {
                    call_base = sp - arg - 2;
                    callable = call_base[0];
                    if (call_base[1]) {
                        args = call_base + 1;
                        nargs = npos + 1;
                    } else {
                        args = call_base + 2;
                        nargs = npos;
                    }
                } else {
                    call_base = sp - arg - 1;
                    callable = call_base[0];
                    args = call_base + 1;
                    nargs = npos;
                }
            }
            /* unwrap bound methods of Python functions in place: self goes into
             * the slot just before the arguments (the callable's, or the NULL of
             * CALL_METHOD) */
            if (IS_TYPE(callable, &t_method) && !ex_buf && (args == call_base + 1 || args == call_base + 2)) {
                MethodObj *m = (MethodObj *)AS_OBJ(callable);
                args[-1] = m->self;
                args--;
                nargs++;
                callable = m->func;
            }
            if (IS_TYPE(callable, &t_function)) {
                FuncObj *func = (FuncObj *)AS_OBJ(callable);
                Frame *nf = make_call_frame(vm, func, args, nargs, kwnames);
                if (ex_buf)
                    mem_free(vm, ex_buf, ex_size);
                if (!nf)
                    goto error;
                sp = call_base;
                if (func->code->flags & (CO_GENERATOR | CO_COROUTINE)) {
                    Value g = gen_new(vm, nf);
                    if (!g)
                        goto error;
                    PUSH(g);
                    break;
                }
                ENTER_FRAME(nf);
                SAFE_POINT();
                break;
            }
            /* instantiation of a plain user class with a Python __init__ */
            if (IS_OBJ(callable) && AS_OBJ(callable)->type == &t_type && !ex_buf) {
                const TypeObj *ct = (const TypeObj *)AS_OBJ(callable);
                if ((ct->flags & TF_HEAPTYPE) && ct->layout == K_OBJECT) {
                    Value newf = type_heap_attr_cstr(vm, ct, "__new__");
                    Value initf = type_heap_attr_cstr(vm, ct, "__init__");
                    if ((!newf || !IS_TYPE(newf, &t_staticmethod)) && initf && IS_TYPE(initf, &t_function)) {
                        Obj *inst = obj_alloc(vm, ct, ct->basicsize);
                        if (!inst)
                            goto error;
                        Value self = OBJ_VAL(inst);
                        /* args must be preceded by self: reuse the callable slot when contiguous */
                        Value *init_args;
                        int init_nargs = nargs + 1;
                        if (args == call_base + 1) {
                            call_base[0] = self;
                            init_args = call_base;
                        } else {
                            /* CALL_METHOD with NULL self: slot before args is the NULL */
                            args[-1] = self;
                            init_args = args - 1;
                        }
                        Frame *nf = make_call_frame(vm, (FuncObj *)AS_OBJ(initf), init_args, init_nargs, kwnames);
                        if (!nf)
                            goto error;
                        sp = call_base;
                        nf->flags |= FRAME_INIT;
                        nf->init_self = self;
                        ENTER_FRAME(nf);
                        SAFE_POINT();
                        break;
                    }
                }
            }
            /* gen.send(v) and next(gen) run the generator frame in this loop, so
             * host calls inside it can pause the run (asyncio.gather relies on it) */
            if (IS_TYPE(callable, &t_builtin_function) && !ex_buf && !kwnames) {
                BuiltinFunc *bf = (BuiltinFunc *)AS_OBJ(callable);
                Value gv = VAL_NULL, sent = VAL_NONE;
                if (bf->fn == gen_send_method && !bf->self && nargs == 2) {
                    gv = args[0];
                    sent = args[1];
                } else if (bf->fn == gen_send_method && bf->self && nargs == 1) {
                    gv = bf->self;
                    sent = args[0];
                } else if (bf->fn == gen_next_entry && nargs == 1) {
                    gv = args[0];
                }
                if (gv && (IS_TYPE(gv, &t_generator) || IS_TYPE(gv, &t_coroutine))) {
                    GenObj *g = (GenObj *)AS_OBJ(gv);
                    if (g->state == GEN_SUSPENDED || (g->state == GEN_CREATED && sent == VAL_NONE)) {
                        Frame *gf = g->frame;
                        sp = call_base;
                        SAVE_FRAME();
                        if (push_frame(vm, gf) < 0)
                            goto error;
                        gf->flags = (gf->flags & ~(FRAME_NESTED_ENTRY | FRAME_GEN_FOR | FRAME_GEN_SEND)) | FRAME_GEN_CALL;
                        if (g->state == GEN_SUSPENDED)
                            FRAME_STACK(gf)[gf->sp++] = sent;
                        gen_enter(vm, g);
                        LOAD_FRAME();
                        break;
                    }
                }
            }
            /* class statement: the body runs in this loop; the class is made when it returns */
            if (IS_TYPE(callable, &t_builtin_function) && ((BuiltinFunc *)AS_OBJ(callable))->fn == bi_build_class &&
                !ex_buf && nargs >= 2 && IS_TYPE(args[0], &t_function)) {
                Value ns, info;
                SAVE_FRAME();
                if (build_class_begin(vm, args, nargs, kwnames, &ns, &info) < 0)
                    goto error;
                FuncObj *body = (FuncObj *)AS_OBJ(args[0]);
                Frame *nf = frame_new(vm, body->code, body, body->globals, ns);
                if (!nf)
                    goto error;
                if ((body->code->ncellvars || body->code->nfreevars) && frame_init_cells(vm, nf) < 0) {
                    frame_free(vm, nf);
                    goto error;
                }
                nf->flags |= FRAME_CLASS_BODY;
                nf->init_self = info;
                sp = call_base;
                ENTER_FRAME(nf);
                break;
            }
            /* sum(gen), sorted(gen), list(gen), ', '.join(gen)...: drain the generator in
             * this loop first (host calls in it can pause), then re-run this CALL with
             * the list in its place */
            if (!ex_buf && builtin_consumes_iterable(callable)) {
                int gi = -1;
                for (int k = 0; k < nargs; k++)
                    if (IS_TYPE(args[k], &t_generator) &&
                        (((GenObj *)AS_OBJ(args[k]))->state == GEN_CREATED ||
                         ((GenObj *)AS_OBJ(args[k]))->state == GEN_SUSPENDED)) {
                        gi = k;
                        break;
                    }
                if (gi >= 0) {
                    GenObj *g = (GenObj *)AS_OBJ(args[gi]);
                    Value collected = list_new(vm, 8);
                    if (!collected)
                        goto error;
                    args[gi] = collected;
                    if (kwnames)
                        PUSH(kwnames);   /* CALL_KW / CALL_METHOD_KW popped it: restore for the re-run */
                    pc--;
                    Frame *gf = g->frame;
                    SAVE_FRAME();
                    if (push_frame(vm, gf) < 0)
                        goto error;
                    gf->flags = (gf->flags & ~(FRAME_NESTED_ENTRY | FRAME_GEN_FOR | FRAME_GEN_SEND | FRAME_GEN_CALL)) |
                                FRAME_GEN_DRAIN;
                    gf->init_self = collected;
                    if (g->state == GEN_SUSPENDED)
                        FRAME_STACK(gf)[gf->sp++] = VAL_NONE;
                    gen_enter(vm, g);
                    LOAD_FRAME();
                    break;
                }
            }
            if (IS_TYPE(callable, &t_external) && vm->c_depth == 0) {
                /* a host call: the run pauses; vm_resume pushes the answer */
                int nkw = kwnames ? (int)TUPLE_LEN(kwnames) : 0;
                Value targs = tuple_from_array(vm, args, (size_t)nargs);
                Value kwd = targs ? dict_new(vm) : VAL_NULL;
                for (int i = 0; kwd && i < nkw; i++)
                    if (dict_set(vm, kwd, TUPLE_ITEMS(kwnames)[i], args[nargs + i]) < 0)
                        kwd = VAL_NULL;
                if (ex_buf)
                    mem_free(vm, ex_buf, ex_size);
                if (!kwd)
                    goto error;
                sp = call_base;
                SAVE_FRAME();
                vm->pending_name = ((ExternalObj *)AS_OBJ(callable))->name;
                vm->pending_args = targs;
                vm->pending_kwargs = kwd;
                vm->pending_call_id = ++vm->next_call_id;
                vm->pause_kind = PAUSE_CALL;
                return VM_PAUSE;
            }
            SAVE_FRAME();
            Value r = vm_call(vm, callable, args, nargs, kwnames);
            if (ex_buf)
                mem_free(vm, ex_buf, ex_size);
            sp = call_base;
            if (!r)
                goto error;
            PUSH(r);
            if (vm->print_pause && vm->c_depth == 0) {
                vm->print_pause = 0;
                SAVE_FRAME();
                vm->pause_kind = PAUSE_PRINT;
                return VM_PAUSE;
            }
            break;
        }
        case OP_MAKE_FUNCTION: {
            CodeObj *fc = (CodeObj *)AS_OBJ(POP());
            int consumed = 0;
            Value fn = make_function(vm, f, fc, arg, sp, &consumed);
            if (!fn)
                goto error;
            sp -= consumed;
            PUSH(fn);
            break;
        }
        case OP_LOAD_BUILD_CLASS: {
            Value bc = dict_get_cstr(vm, vm->builtins, "__build_class__");
            if (!bc) {
                vm_raise(vm, &t_NameError, "__build_class__ not found");
                goto error;
            }
            PUSH(bc);
            break;
        }
        case OP_SETUP_TRY: {
            if (f->nblocks >= co->maxblocks) {
                vm_raise(vm, &t_SystemError, "block stack overflow");
                goto error;
            }
            Block *b = &f->blocks[f->nblocks++];
            b->kind = BLOCK_TRY;
            b->handler = arg;
            b->level = (uint32_t)(sp - stack);
            b->saved_exc = VAL_NULL;
            break;
        }
        case OP_POP_BLOCK:
            if (f->nblocks)
                f->nblocks--;
            break;
        case OP_POP_EXCEPT:
            if (f->nblocks) {
                Block *b = &f->blocks[--f->nblocks];
                vm->exc_info = b->saved_exc;
            }
            break;
        case OP_CHECK_EXC_MATCH: {
            Value spec = TOP();
            int r = exc_matches_spec(vm, SECOND(), spec);
            if (r < 0)
                goto error;
            TOP() = VAL_BOOL(r);
            break;
        }
        case OP_RERAISE: {
            Value exc = POP();
            vm->exc = exc;
            SAVE_FRAME();
            goto exception_unwind;
        }
        case OP_RAISE_VARARGS: {
            if (arg == 0) {
                if (!vm->exc_info) {
                    vm_raise(vm, &t_RuntimeError, "No active exception to reraise");
                    goto error;
                }
                vm->exc = vm->exc_info;
                SAVE_FRAME();
                goto exception_unwind;
            }
            Value cause = arg == 2 ? POP() : VAL_NULL;
            Value exc = POP();
            if (is_exception_type(exc)) {
                exc = type_call_impl(vm, exc, NULL, 0, VAL_NULL);
                if (!exc)
                    goto error;
            } else if (!is_exception_instance(exc)) {
                vm_raise(vm, &t_TypeError, "exceptions must derive from BaseException");
                goto error;
            }
            if (arg == 2) {
                if (cause == VAL_NONE) {
                    cause = VAL_NULL;
                } else if (is_exception_type(cause)) {
                    cause = type_call_impl(vm, cause, NULL, 0, VAL_NULL);
                    if (!cause)
                        goto error;
                } else if (!is_exception_instance(cause)) {
                    vm_raise(vm, &t_TypeError, "exception causes must derive from BaseException");
                    goto error;
                }
                ((ExcObj *)AS_OBJ(exc))->cause = cause;
                ((ExcObj *)AS_OBJ(exc))->suppress_context = 1;
            }
            vm_raise_value(vm, exc);
            goto error;
        }
        case OP_LOAD_ASSERTION_ERROR:
            PUSH(OBJ_VAL(&t_AssertionError));
            break;
        case OP_BEFORE_WITH: {
            Value mgr = TOP();
            const TypeObj *t = TYPE_OF(mgr);
            Value enter = type_lookup_cstr(vm, t, "__enter__");
            Value exitf = type_lookup_cstr(vm, t, "__exit__");
            if (!enter || !exitf) {
                vm_raise(vm, &t_TypeError, "'%s' object does not support the context manager protocol%s", type_name(t),
                         enter ? " (missed __exit__ method)" : "");
                goto error;
            }
            Value bound_exit = obj_getattr(vm, mgr, vm_intern(vm, "__exit__", 8));
            if (!bound_exit)
                goto error;
            Value bound_enter = obj_getattr(vm, mgr, vm_intern(vm, "__enter__", 9));
            if (!bound_enter)
                goto error;
            TOP() = bound_exit;
            if (IS_TYPE(bound_enter, &t_method) && IS_TYPE(((MethodObj *)AS_OBJ(bound_enter))->func, &t_function)) {
                /* run __enter__ in this loop: its return value lands above exit */
                MethodObj *m = (MethodObj *)AS_OBJ(bound_enter);
                Value self = m->self;
                Frame *nf = make_call_frame(vm, (FuncObj *)AS_OBJ(m->func), &self, 1, VAL_NULL);
                if (!nf)
                    goto error;
                ENTER_FRAME(nf);
                break;
            }
            SAVE_FRAME();
            Value r = vm_call(vm, bound_enter, NULL, 0, VAL_NULL);
            if (!r)
                goto error;
            PUSH(r);
            break;
        }
        case OP_WITH_EXCEPT: {
            Value exc = TOP();
            Value exitf = SECOND();
            Value tb = exc_traceback_object(vm, exc);
            if (!tb)
                goto error;
            Value args[3] = {OBJ_VAL(TYPE_OF(exc)), exc, tb};
            if (IS_TYPE(exitf, &t_method) && IS_TYPE(((MethodObj *)AS_OBJ(exitf))->func, &t_function)) {
                /* run __exit__ in this loop: its return value lands above exc */
                MethodObj *m = (MethodObj *)AS_OBJ(exitf);
                Value eargs[4] = {m->self, args[0], args[1], args[2]};
                Frame *nf = make_call_frame(vm, (FuncObj *)AS_OBJ(m->func), eargs, 4, VAL_NULL);
                if (!nf)
                    goto error;
                ENTER_FRAME(nf);
                break;
            }
            SAVE_FRAME();
            Value r = vm_call(vm, exitf, args, 3, VAL_NULL);
            if (!r)
                goto error;
            PUSH(r);
            break;
        }
        case OP_IMPORT_NAME: {
            Value fromlist = POP();
            Value level = POP();
            Value name = names[arg];
            if (IS_SMALLINT(level) && SMALLINT_VALUE(level) > 0) {
                vm_raise(vm, &t_ImportError, "attempted relative import with no known parent package");
                goto error;
            }
            SAVE_FRAME();
            Value m = import_module(vm, name);
            if (!m)
                goto error;
            /* `import a.b` binds the top-level module */
            if ((fromlist == VAL_NONE || (IS_TUPLE(fromlist) && TUPLE_LEN(fromlist) == 0)) &&
                memchr(STR_DATA(name), '.', STR_LEN(name))) {
                const char *dot = memchr(STR_DATA(name), '.', STR_LEN(name));
                Value top = str_new(vm, STR_DATA(name), (size_t)(dot - STR_DATA(name)));
                if (!top || !(m = import_module(vm, top)))
                    goto error;
            }
            PUSH(m);
            break;
        }
        case OP_IMPORT_FROM: {
            Value r = import_from(vm, TOP(), names[arg]);
            if (!r)
                goto error;
            PUSH(r);
            break;
        }
        case OP_IMPORT_STAR: {
            Value m = POP();
            if (!IS_TYPE(m, &t_module))
                break;
            Value target = f->locals ? f->locals : f->globals;
            Value all = dict_get_cstr(vm, ((ModuleObj *)AS_OBJ(m))->dict, "__all__");
            size_t pos = 0;
            Value k, v;
            while (dict_next(((ModuleObj *)AS_OBJ(m))->dict, &pos, &k, &v)) {
                if (all) {
                    int c = obj_contains(vm, all, k);
                    if (c < 0)
                        goto error;
                    if (!c)
                        continue;
                } else if (IS_STR(k) && STR_DATA(k)[0] == '_') {
                    continue;
                }
                if (dict_set(vm, target, k, v) < 0)
                    goto error;
            }
            break;
        }
        case OP_SETUP_ANNOTATIONS: {
            Value target = f->locals ? f->locals : f->globals;
            if (!dict_get_cstr(vm, target, "__annotations__")) {
                Value d = dict_new(vm);
                if (!d || dict_set_cstr(vm, target, "__annotations__", d) < 0)
                    goto error;
            }
            break;
        }
        case OP_GET_LEN: {
            int64_t n = obj_len(vm, TOP());
            if (n < 0)
                goto error;
            Value v = int_from_i64(vm, n);
            if (!v)
                goto error;
            PUSH(v);
            break;
        }
        case OP_MATCH_MAPPING: {
            Value r = VAL_BOOL(is_mapping_for_match(TOP()));
            PUSH(r);
            break;
        }
        case OP_MATCH_SEQUENCE: {
            Value r = VAL_BOOL(is_sequence_for_match(TOP()));
            PUSH(r);
            break;
        }
        case OP_MATCH_KEYS: {
            Value keys = TOP();
            Value subject = SECOND();
            size_t n = TUPLE_LEN(keys);
            Value vals = tuple_new(vm, n);
            if (!vals)
                goto error;
            bool ok = true;
            for (size_t i = 0; i < n && ok; i++) {
                Value v = dict_get(vm, subject, TUPLE_ITEMS(keys)[i]);
                if (!v) {
                    if (vm_exc_pending(vm))
                        goto error;
                    ok = false;
                } else {
                    TUPLE_ITEMS(vals)[i] = v;
                }
            }
            PUSH(ok ? vals : VAL_NONE);
            break;
        }
        case OP_MATCH_CLASS: {
            Value kwn = POP();
            Value cls = POP();
            Value subject = TOP();
            Value r = match_class(vm, subject, cls, kwn, arg);
            if (!r)
                goto error;
            TOP() = r;
            break;
        }
        case OP_PRINT_EXPR: case OP_RETURN_GENERATOR: case OP_COPY_FREE_VARS: case OP__COUNT:
        default:
            vm_raise(vm, &t_SystemError, "unknown opcode %d", (int)INSTR_OP(instr));
            goto error;
        }
        continue;

    error:
        SAVE_FRAME();
        if (add_traceback)
            exc_add_traceback(vm, vm->exc, co, code_line_at(co, pc ? pc - 1 : 0));
    exception_unwind:
        for (;;) {
            bool limited = vm->limit_kind != LIMIT_NONE;
            bool handled = false;
            while (f->nblocks > 0) {
                Block *b = &f->blocks[--f->nblocks];
                if (b->kind == BLOCK_HANDLER) {
                    vm->exc_info = b->saved_exc;
                    continue;
                }
                if (limited)
                    continue;
                Value exc = vm->exc;
                vm->exc = VAL_NULL;
                sp = stack + b->level;
                Block *h = &f->blocks[f->nblocks++];
                h->kind = BLOCK_HANDLER;
                h->saved_exc = vm->exc_info;
                h->level = b->level;
                vm->exc_info = exc;
                PUSH(exc);
                pc = b->handler;
                handled = true;
                break;
            }
            if (handled)
                break;
            /* no handler here: pop the frame */
            Frame *done = f;
            uint32_t flags = done->flags;
            vm->frame = done->prev;
            vm->depth--;
            if (done->gen) {
                GenObj *g = done->gen;
                vm->exc_info = g->caller_exc_info;
                g->state = GEN_CLOSED;
                g->frame = NULL;
                if (!limited && vm_exc_matches(vm, &t_StopIteration)) {
                    Value inner = vm_exc_fetch(vm);
                    vm_raise(vm, &t_RuntimeError, IS_TYPE(OBJ_VAL(g), &t_coroutine) ? "coroutine raised StopIteration"
                                                                                    : "generator raised StopIteration");
                    if (vm->exc && is_exception_instance(vm->exc)) {
                        ((ExcObj *)AS_OBJ(vm->exc))->cause = inner;
                        ((ExcObj *)AS_OBJ(vm->exc))->context = inner;
                        ((ExcObj *)AS_OBJ(vm->exc))->suppress_context = 1;
                    }
                }
            }
            frame_free(vm, done);
            if (flags & FRAME_NESTED_ENTRY)
                return limited ? VM_LIMIT : VM_ERROR;
            if (!vm->frame)
                return limited ? VM_LIMIT : VM_ERROR;
            LOAD_FRAME();
            if (!limited)
                exc_add_traceback(vm, vm->exc, co, code_line_at(co, pc ? pc - 1 : 0));
        }
    }
#undef LOAD_FRAME
#undef SAVE_FRAME
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef SAFE_POINT
#undef ENTER_FRAME
}

/* ------------------------------------------------------------ the run */

Vm *vm_new(const VmOptions *opt)
{
    AllocFn fn = opt && opt->alloc ? opt->alloc : NULL;
    Vm *vm;
    if (fn)
        vm = fn(opt->alloc_user, NULL, 0, sizeof(Vm));
    else
        vm = malloc(sizeof(Vm));
    if (!vm)
        return NULL;
    memset(vm, 0, sizeof *vm);
    if (opt)
        vm->opt = *opt;
    vm->max_depth = vm_start_recursion_limit(vm);
    vm->gc_threshold = vm->opt.gc_interval ? vm->opt.gc_interval : (1u << 20);
    vm->start_time_ns = vm_now(vm);
    vm->gc_disabled = 1;
    ExcObj *me = (ExcObj *)obj_alloc(vm, &t_MemoryError, sizeof(ExcObj));
    if (!me) {
        vm_free(vm);
        return NULL;
    }
    vm->memory_error = OBJ_VAL(me);
    if (!(me->args = tuple_new(vm, 0)) || !(vm->interned = dict_new(vm)) || !(vm->modules = dict_new(vm)) ||
        !(vm->main_globals = dict_new(vm)) || builtins_init(vm) < 0) {
        vm_free(vm);
        return NULL;
    }
    if (dict_set_cstr(vm, vm->main_globals, "__name__", str_from_cstr(vm, "__main__")) < 0 ||
        dict_set_cstr(vm, vm->main_globals, "__doc__", VAL_NONE) < 0) {
        vm_free(vm);
        return NULL;
    }
    vm->gc_disabled = 0;
    return vm;
}

void vm_free(Vm *vm)
{
    if (!vm)
        return;
    while (vm->frame) {
        Frame *f = vm->frame;
        vm->frame = f->prev;
        if (f->gen)
            f->gen->frame = NULL;
        frame_free(vm, f);
    }
    gc_free_all(vm);
    frame_cache_clear(vm);
    if (vm->out)
        mem_realloc(vm, vm->out, vm->out_cap, 0);
    if (vm->opt.alloc)
        vm->opt.alloc(vm->opt.alloc_user, vm, sizeof(Vm), 0);
    else
        free(vm);
}

/* Run module code with 'globals' as its namespace (imports); nested. */
Value vm_exec_in_module(Vm *vm, CodeObj *code, Value globals)
{
    Frame *f = frame_new(vm, code, NULL, globals, globals);
    if (!f)
        return VAL_NULL;
    if ((code->ncellvars || code->nfreevars) && frame_init_cells(vm, f) < 0) {
        frame_free(vm, f);
        return VAL_NULL;
    }
    return run_nested(vm, f);
}

VmStatus vm_run_module(Vm *vm, CodeObj *code, Value *result)
{
    Frame *f = frame_new(vm, code, NULL, vm->main_globals, vm->main_globals);
    if (!f)
        return VM_ERROR;
    if ((code->ncellvars || code->nfreevars) && frame_init_cells(vm, f) < 0) {
        frame_free(vm, f);
        return VM_ERROR;
    }
    if (push_frame(vm, f) < 0) {
        frame_free(vm, f);
        return VM_ERROR;
    }
    f->flags |= FRAME_NESTED_ENTRY;
    Value r = VAL_NULL;
    VmStatus st = vm_execute(vm, &r, false);
    if (result)
        *result = r;
    return st;
}

VmStatus vm_resume(Vm *vm, Value value, bool throwing, Value *result)
{
    if (!vm->frame)
        return VM_ERROR;
    vm->pause_kind = PAUSE_NONE;
    vm->pending_name = vm->pending_args = vm->pending_kwargs = VAL_NULL;
    if (value && !throwing) {
        Frame *f = vm->frame;
        FRAME_STACK(f)[f->sp++] = value;
    }
    Value r = VAL_NULL;
    VmStatus st = vm_execute(vm, &r, throwing);
    if (result)
        *result = r;
    return st;
}

CodeObj *vm_compile(Vm *vm, const char *src, size_t len, const char *filename, SyntaxErrorInfo *err)
{
    return vm_compile_ex(vm, src, len, filename, false, err);
}

CodeObj *vm_compile_ex(Vm *vm, const char *src, size_t len, const char *filename, bool top_level_await,
                       SyntaxErrorInfo *err)
{
    Arena arena;
    arena_init(&arena);
    memset(err, 0, sizeof *err);
    Node *mod = parse_module(&arena, src, len, filename, 0, err);
    CodeObj *code = NULL;
    Value source = VAL_NULL;
    if (mod) {
        source = utf8_valid(src, len) ? str_new(vm, src, len) : VAL_NULL;
        CompileOptions copt = {.allow_top_level_await = top_level_await};
        code = compile_module_ex(vm, mod, filename, source, &copt, err);
    }
    arena_free(&arena);
    if (!code) {
        if (err->is_memory_error) {
            vm_raise_memory(vm);
            return NULL;
        }
        if (err->is_recursion_error) {
            vm_raise(vm, &t_RecursionError, "%s", err->msg[0] ? err->msg : "maximum recursion depth exceeded during compilation");
            return NULL;
        }
        const TypeObj *t = &t_SyntaxError;
        if (strcmp(err->type, "IndentationError") == 0)
            t = &t_IndentationError;
        else if (strcmp(err->type, "TabError") == 0)
            t = &t_TabError;
        Value msg = str_from_cstr(vm, err->msg);
        if (!msg)
            return NULL;
        Value exc = type_call_impl(vm, OBJ_VAL(t), &msg, 1, VAL_NULL);
        if (!exc)
            return NULL;
        ExcObj *e = (ExcObj *)AS_OBJ(exc);
        if (!(e->dict = dict_new(vm)))
            return NULL;
        Value text = utf8_valid(err->text, strlen(err->text)) ? str_from_cstr(vm, err->text) : str_from_cstr(vm, "");
        if (dict_set_cstr(vm, e->dict, "msg", msg) < 0 ||
            dict_set_cstr(vm, e->dict, "filename", str_from_cstr(vm, filename)) < 0 ||
            dict_set_cstr(vm, e->dict, "lineno", MAKE_SMALLINT(err->lineno)) < 0 ||
            dict_set_cstr(vm, e->dict, "offset", MAKE_SMALLINT(err->offset)) < 0 ||
            dict_set_cstr(vm, e->dict, "text", text ? text : VAL_NONE) < 0 ||
            dict_set_cstr(vm, e->dict, "end_lineno", MAKE_SMALLINT(err->end_lineno)) < 0 ||
            dict_set_cstr(vm, e->dict, "end_offset", MAKE_SMALLINT(err->end_offset)) < 0)
            return NULL;
        /* args = (msg, (filename, lineno, offset, text, end_lineno, end_offset)) */
        Value details[6] = {str_from_cstr(vm, filename), MAKE_SMALLINT(err->lineno), MAKE_SMALLINT(err->offset),
                            text ? text : VAL_NONE, MAKE_SMALLINT(err->end_lineno), MAKE_SMALLINT(err->end_offset)};
        Value dt = tuple_from_array(vm, details, 6);
        if (dt)
            e->args = tuple_pack2(vm, msg, dt);
        vm->exc = exc;
    }
    return code;
}
