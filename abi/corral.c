/* Corral C ABI: the validating handle layer between corral.h and core/.
 *
 * Programs and runs are heap structs tagged with a magic number; freeing
 * poisons the tag first so that a stale handle is refused while its memory
 * has not been reused.  Values are 64-bit tokens (generation << 32 | slot+1)
 * into the run's table, whose objects the run's GC treats as roots; a
 * freed or foreign token fails the generation check.
 */
#define _POSIX_C_SOURCE 200809L
#include "corral.h"

#include "modules.h"
#include "snapshot.h"
#include "vm.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifndef CORRAL_VERSION
#define CORRAL_VERSION "0.0.0"
#endif

#define PROGRAM_MAGIC 0x43505247u   /* "CPRG" */
#define RUN_MAGIC 0x4352554eu       /* "CRUN" */
#define DEAD_MAGIC 0xdeadc0deu

/* Run states beyond the public outcomes */
enum { STATE_NEW = 0 };
enum { ANSWER_NONE = 0, ANSWER_VALUE, ANSWER_EXCEPTION };

struct corral_program {
    uint32_t magic;
    int refcount;                /* atomic: the program and each run started from it */
    Vm *vm;                      /* owns the frozen code objects */
    CodeObj *code;
    char *inputs;                /* NUL-separated names, count in n_inputs */
    size_t n_inputs;
    char *externals;
    size_t n_externals;
};

#define ERROR_MAGIC 0x43455252u     /* "CERR" */

struct corral_error {
    uint32_t magic;
    int line, column;
    char *type, *message, *text;
};

static char *dup_text(const char *s)
{
    size_t n = strlen(s);
    char *d = malloc(n + 1);
    if (d)
        memcpy(d, s, n + 1);
    return d;
}

/* A new error handle (NULL if it cannot be allocated). */
static corral_error *error_new(const char *type, const char *message, const char *text, int line, int column)
{
    corral_error *e = calloc(1, sizeof *e);
    if (!e)
        return NULL;
    e->type = dup_text(type);
    e->message = dup_text(message);
    e->text = dup_text(text);
    if (!e->type || !e->message || !e->text) {
        free(e->type);
        free(e->message);
        free(e->text);
        free(e);
        return NULL;
    }
    e->line = line;
    e->column = column;
    e->magic = ERROR_MAGIC;
    return e;
}

static void set_error_out(corral_error **error_out, const char *type, const char *message)
{
    if (!error_out)
        return;
    char text[600];
    snprintf(text, sizeof text, "%s: %s\n", type, message);
    *error_out = error_new(type, message, text, 0, 0);
}

static bool error_ok(const corral_error *e) { return e && e->magic == ERROR_MAGIC; }

static int error_string(const corral_error *e, const char *s, const char **text_out, size_t *len_out)
{
    if (!error_ok(e))
        return CORRAL_E_HANDLE;
    if (!text_out || !len_out)
        return CORRAL_E_ARGUMENT;
    *text_out = s;
    *len_out = strlen(s);
    return CORRAL_OK;
}

int corral_error_type(const corral_error *error, const char **text_out, size_t *len_out)
{
    return error_string(error, error_ok(error) ? error->type : "", text_out, len_out);
}

int corral_error_message(const corral_error *error, const char **text_out, size_t *len_out)
{
    return error_string(error, error_ok(error) ? error->message : "", text_out, len_out);
}

int corral_error_text(const corral_error *error, const char **text_out, size_t *len_out)
{
    return error_string(error, error_ok(error) ? error->text : "", text_out, len_out);
}

int corral_error_line(const corral_error *error, int *line_out)
{
    if (!error_ok(error))
        return CORRAL_E_HANDLE;
    if (!line_out)
        return CORRAL_E_ARGUMENT;
    *line_out = error->line;
    return CORRAL_OK;
}

int corral_error_column(const corral_error *error, int *column_out)
{
    if (!error_ok(error))
        return CORRAL_E_HANDLE;
    if (!column_out)
        return CORRAL_E_ARGUMENT;
    *column_out = error->column;
    return CORRAL_OK;
}

void corral_error_free(corral_error *error)
{
    if (!error_ok(error))
        return;
    error->magic = DEAD_MAGIC;
    free(error->type);
    free(error->message);
    free(error->text);
    free(error);
}

typedef struct ValueSlot { uint32_t generation; uint32_t in_use; } ValueSlot;

struct corral_run {
    uint32_t magic;
    corral_program *program;
    Vm *vm;
    int state;                   /* STATE_NEW or the last outcome */
    int answered;                /* PAUSED_CALL: an answer was given */
    int answer_kind;
    Value roots;                 /* list: [result, error, answer, scratch...] kept alive */
    Value table;                 /* list of values behind tokens */
    ValueSlot *slots;
    size_t nslots, slots_cap;
    size_t free_hint;
    uint64_t time_used_ns;
    char message[512];
    char *scratch;               /* last string returned that needed a copy */
    size_t scratch_len;
};

enum { ROOT_RESULT, ROOT_ERROR, ROOT_ANSWER, ROOT_SCRATCH, ROOT_COUNT };

/* ---------------------------------------------------------------- basics */

const char *corral_status_string(int status)
{
    switch (status) {
    case CORRAL_OK: return "ok";
    case CORRAL_E_HANDLE: return "invalid handle";
    case CORRAL_E_ARGUMENT: return "invalid argument";
    case CORRAL_E_STATE: return "call not allowed in the run's current state";
    case CORRAL_E_SYNTAX: return "syntax error";
    case CORRAL_E_MEMORY: return "out of memory";
    case CORRAL_E_VERSION: return "unsupported version";
    case CORRAL_E_SNAPSHOT: return "invalid snapshot";
    case CORRAL_E_TYPE: return "wrong value type";
    case CORRAL_E_RANGE: return "out of range";
    case CORRAL_E_NOT_FOUND: return "not found";
    default: return "unknown status";
    }
}

uint32_t corral_abi_version(void) { return CORRAL_ABI_VERSION; }

const char *corral_version(void) { return CORRAL_VERSION; }

static int fail(corral_run *run, int status, const char *fmt, ...)
{
    if (run) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(run->message, sizeof run->message, fmt, ap);
        va_end(ap);
    }
    return status;
}

static bool program_ok(const corral_program *p) { return p && p->magic == PROGRAM_MAGIC; }
static bool run_ok(const corral_run *r) { return r && r->magic == RUN_MAGIC; }

#define CHECK_RUN(run) do { if (!run_ok(run)) return CORRAL_E_HANDLE; (run)->message[0] = 0; } while (0)
#define CHECK_OUT(run, p) do { if (!(p)) return fail(run, CORRAL_E_ARGUMENT, "an out-parameter is NULL"); } while (0)

/* ---------------------------------------------------------------- names */

static bool is_identifier(const char *s, size_t n)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        bool ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 ||
                  (i > 0 && c >= '0' && c <= '9');
        if (!ok)
            return false;
    }
    return utf8_valid(s, n);
}

/* Split "a, b c" into a NUL-separated copy; returns -1 on a bad name. */
static int split_names(const char *text, size_t len, char **out, size_t *count)
{
    *out = NULL;
    *count = 0;
    if (!text || !len)
        return 0;
    char *buf = malloc(len + 1);
    if (!buf)
        return -2;
    size_t w = 0, n = 0;
    const char *p = text, *end = text + len;
    while (p < end) {
        while (p < end && (*p == ' ' || *p == ',' || *p == '\t' || *p == '\n'))
            p++;
        const char *start = p;
        while (p < end && *p != ' ' && *p != ',' && *p != '\t' && *p != '\n')
            p++;
        if (p == start)
            break;
        if (!is_identifier(start, (size_t)(p - start))) {
            free(buf);
            return -1;
        }
        memcpy(buf + w, start, (size_t)(p - start));
        w += (size_t)(p - start);
        buf[w++] = 0;
        n++;
    }
    *out = buf;
    *count = n;
    return 0;
}

/* -------------------------------------------------------------- programs */

/* Mark the code object graph frozen: shared read-only by every run, never
 * traced or swept by a run's GC.  Lazily cached hashes are computed now so
 * that no run ever writes to a frozen object. */
static void freeze_value(Vm *vm, Value v)
{
    if (!IS_OBJ(v))
        return;
    Obj *o = AS_OBJ(v);
    if (o->gc_flags & OBJ_FROZEN)
        return;
    const TypeObj *t = o->type;
    int64_t h;
    if (t == &t_str || t == &t_bytes || t == &t_tuple || t == &t_frozenset) {
        if (obj_hash(vm, v, &h) < 0)
            vm_exc_clear(vm);
    }
    o->gc_flags |= OBJ_FROZEN;
    if (t == &t_tuple) {
        for (size_t i = 0; i < TUPLE_LEN(v); i++)
            freeze_value(vm, TUPLE_ITEMS(v)[i]);
    } else if (t == &t_frozenset) {
        HashTable *ht = &((SetObj *)o)->table;
        for (size_t i = 0; i < ht->nentries; i++)
            freeze_value(vm, ht->entries[i].key);
    } else if (t == &t_code) {
        CodeObj *c = (CodeObj *)o;
        for (uint32_t i = 0; i < c->nconsts; i++)
            freeze_value(vm, c->consts[i]);
        for (uint32_t i = 0; i < c->nnames; i++)
            freeze_value(vm, c->names[i]);
        for (uint32_t i = 0; i < c->nlocals; i++)
            freeze_value(vm, c->varnames[i]);
        for (uint32_t i = 0; i < c->ncellvars; i++)
            freeze_value(vm, c->cellvars[i]);
        for (uint32_t i = 0; i < c->nfreevars; i++)
            freeze_value(vm, c->freevars[i]);
        freeze_value(vm, c->name);
        freeze_value(vm, c->qualname);
        freeze_value(vm, c->filename);
        freeze_value(vm, c->source);
    }
}

/* The compile error pending on vm as an error handle: type, CPython's
 * message, the report exactly as CPython prints it, and the location. */
static corral_error *compile_error(Vm *vm)
{
    Value exc = vm->exc;
    if (!exc || !is_exception_instance(exc))
        return error_new("SyntaxError", "invalid syntax", "SyntaxError: invalid syntax\n", 0, 0);
    ExcObj *e = (ExcObj *)AS_OBJ(exc);
    int64_t l = 0, c = 0;
    Value ln = e->dict ? dict_get_cstr(vm, e->dict, "lineno") : VAL_NULL;
    Value off = e->dict ? dict_get_cstr(vm, e->dict, "offset") : VAL_NULL;
    Value msg = e->dict ? dict_get_cstr(vm, e->dict, "msg") : VAL_NULL;
    if (ln)
        int_to_i64(ln, &l);
    if (off)
        int_to_i64(off, &c);
    if (!msg || !IS_STR(msg))
        msg = obj_str(vm, exc);
    Value text = vm_format_exception(vm, exc);
    return error_new(type_name_of(exc), msg ? STR_DATA(msg) : "", text ? STR_DATA(text) : "", (int)l, (int)c);
}

int corral_program_compile(corral_program **out, const char *source, size_t source_len, const char *script_name,
                           size_t script_name_len, const char *input_names, size_t input_names_len,
                           const char *external_names, size_t external_names_len, corral_error **error_out)
{
    if (error_out)
        *error_out = NULL;
    if (!out || (!source && source_len) || (!script_name && script_name_len) || (!input_names && input_names_len) ||
        (!external_names && external_names_len)) {
        set_error_out(error_out, "ValueError", "invalid argument: a NULL out-pointer or a NULL string with a length");
        return CORRAL_E_ARGUMENT;
    }
    if (script_name && (!utf8_valid(script_name, script_name_len) || memchr(script_name, 0, script_name_len))) {
        set_error_out(error_out, "ValueError", "script name is not valid UTF-8 text");
        return CORRAL_E_ARGUMENT;
    }
    if (!source)
        source = "";
    corral_program *p = calloc(1, sizeof *p);
    if (!p)
        return CORRAL_E_MEMORY;
    int r1 = split_names(input_names, input_names_len, &p->inputs, &p->n_inputs);
    int r2 = r1 == 0 ? split_names(external_names, external_names_len, &p->externals, &p->n_externals) : 0;
    if (r1 || r2) {
        free(p->inputs);
        free(p->externals);
        free(p);
        if (r1 == -2 || r2 == -2)
            return CORRAL_E_MEMORY;
        set_error_out(error_out, "ValueError", "input and external names must be identifiers");
        return CORRAL_E_ARGUMENT;
    }
    char name_buf[256];
    snprintf(name_buf, sizeof name_buf, "%.*s", (int)(script_name_len < 255 ? script_name_len : 255),
             script_name ? script_name : "");
    VmOptions opt;
    memset(&opt, 0, sizeof opt);
    p->vm = vm_new(&opt);
    if (!p->vm) {
        free(p->inputs);
        free(p->externals);
        free(p);
        return CORRAL_E_MEMORY;
    }
    p->vm->gc_disabled = 1;
    SyntaxErrorInfo err;
    p->code = vm_compile_ex(p->vm, source, source_len, script_name ? name_buf : "main.py", true, &err);
    if (!p->code) {
        int status = vm_exc_matches(p->vm, &t_MemoryError) ? CORRAL_E_MEMORY : CORRAL_E_SYNTAX;
        if (error_out)
            *error_out = compile_error(p->vm);
        vm_free(p->vm);
        free(p->inputs);
        free(p->externals);
        free(p);
        return status;
    }
    freeze_value(p->vm, OBJ_VAL(p->code));
    p->refcount = 1;
    p->magic = PROGRAM_MAGIC;
    *out = p;
    return CORRAL_OK;
}

static void program_release(corral_program *p)
{
    if (__atomic_sub_fetch(&p->refcount, 1, __ATOMIC_ACQ_REL) != 0)
        return;
    p->magic = DEAD_MAGIC;
    vm_free(p->vm);
    free(p->inputs);
    free(p->externals);
    free(p);
}

void corral_program_free(corral_program *program)
{
    if (!program_ok(program))
        return;
    program_release(program);
}

/* ---------------------------------------------------------------- limits */

void corral_limits_init(corral_limits *limits)
{
    if (!limits)
        return;
    memset(limits, 0, sizeof *limits);
    limits->struct_size = (uint32_t)sizeof *limits;
}

static int check_limits(const corral_limits *limits)
{
    if (!limits)
        return CORRAL_OK;
    if (limits->struct_size != sizeof(corral_limits))
        return CORRAL_E_VERSION;
    if (limits->reserved != 0)
        return CORRAL_E_ARGUMENT;
    return CORRAL_OK;
}

static void apply_limits(VmOptions *opt, const corral_limits *limits)
{
    if (!limits)
        return;
    opt->max_memory = (size_t)limits->max_memory_bytes;
    opt->max_allocations = limits->max_allocations;
    opt->max_time_ns = limits->max_time_ns;
    opt->max_fuel = limits->max_fuel;
    opt->max_recursion = limits->max_recursion;
    opt->pause_on_print = limits->pause_on_print != 0;
}

/* ------------------------------------------------------------------ runs */

static int install_names(corral_run *run)
{
    Vm *vm = run->vm;
    const char *n = run->program->externals;
    for (size_t i = 0; i < run->program->n_externals; i++) {
        size_t len = strlen(n);
        Value name = vm_intern(vm, n, len);
        ExternalObj *ext = name ? (ExternalObj *)obj_alloc(vm, &t_external, sizeof(ExternalObj)) : NULL;
        if (!ext)
            return -1;
        ext->name = name;
        if (dict_set(vm, vm->builtins, name, OBJ_VAL(ext)) < 0)
            return -1;
        n += len + 1;
    }
    return 0;
}

int corral_run_new(corral_run **out, corral_program *program, const corral_limits *limits)
{
    if (!out)
        return CORRAL_E_ARGUMENT;
    if (!program_ok(program))
        return CORRAL_E_HANDLE;
    int st = check_limits(limits);
    if (st)
        return st;
    corral_run *run = calloc(1, sizeof *run);
    if (!run)
        return CORRAL_E_MEMORY;
    VmOptions opt;
    memset(&opt, 0, sizeof opt);
    apply_limits(&opt, limits);
    /* the limits apply to the program's own work, not to setting up the run */
    size_t max_memory = opt.max_memory;
    uint64_t max_alloc = opt.max_allocations;
    opt.max_memory = 0;
    opt.max_allocations = 0;
    run->vm = vm_new(&opt);
    if (!run->vm) {
        free(run);
        return CORRAL_E_MEMORY;
    }
    run->program = program;
    __atomic_add_fetch(&program->refcount, 1, __ATOMIC_ACQ_REL);
    Vm *vm = run->vm;
    vm->extra_roots = list_new(vm, ROOT_COUNT + 8);
    run->roots = vm->extra_roots;
    if (!run->roots || install_names(run) < 0) {
        corral_run_free(run);
        return CORRAL_E_MEMORY;
    }
    for (int i = 0; i < ROOT_COUNT; i++)
        if (list_append(vm, run->roots, VAL_NONE) < 0) {
            corral_run_free(run);
            return CORRAL_E_MEMORY;
        }
    run->table = list_new(vm, 16);
    if (!run->table || list_append(vm, run->roots, run->table) < 0) {
        corral_run_free(run);
        return CORRAL_E_MEMORY;
    }
    vm->opt.max_memory = max_memory + (max_memory ? vm->bytes_in_use : 0);
    vm->opt.max_allocations = max_alloc ? max_alloc + vm->allocations : 0;
    run->state = STATE_NEW;
    run->magic = RUN_MAGIC;
    *out = run;
    return CORRAL_OK;
}

void corral_run_free(corral_run *run)
{
    if (!run_ok(run))
        return;
    run->magic = DEAD_MAGIC;
    vm_free(run->vm);
    if (run->program)
        program_release(run->program);
    free(run->slots);
    free(run->scratch);
    free(run);
}

const char *corral_run_message(corral_run *run)
{
    if (!run_ok(run))
        return "invalid handle";
    return run->message;
}

static void set_root(corral_run *run, int idx, Value v)
{
    AS_LIST(run->roots)->items[idx] = v ? v : VAL_NONE;
}

/* ---------------------------------------------------------------- tokens */

static int token_new(corral_run *run, Value v, uint64_t *out)
{
    Vm *vm = run->vm;
    size_t i;
    for (i = run->free_hint; i < run->nslots; i++)
        if (!run->slots[i].in_use)
            break;
    if (i == run->nslots) {
        if (run->nslots == run->slots_cap) {
            size_t ncap = run->slots_cap ? run->slots_cap * 2 : 32;
            ValueSlot *ns = realloc(run->slots, ncap * sizeof *ns);
            if (!ns)
                return fail(run, CORRAL_E_MEMORY, "out of memory");
            run->slots = ns;
            run->slots_cap = ncap;
        }
        if (list_append(vm, run->table, v) < 0) {
            vm_exc_clear(vm);
            return fail(run, CORRAL_E_MEMORY, "out of memory");
        }
        run->slots[run->nslots].generation = 1;
        run->slots[run->nslots].in_use = 0;
        run->nslots++;
    }
    ValueSlot *s = &run->slots[i];
    s->in_use = 1;
    s->generation++;
    if (s->generation == 0)
        s->generation = 1;
    AS_LIST(run->table)->items[i] = v;
    run->free_hint = i + 1;
    *out = ((uint64_t)s->generation << 32) | (uint64_t)(i + 1);
    return CORRAL_OK;
}

static int token_get(corral_run *run, uint64_t token, Value *out)
{
    uint64_t idx = token & 0xffffffffu;
    uint32_t gen = (uint32_t)(token >> 32);
    if (idx == 0 || idx > run->nslots)
        return fail(run, CORRAL_E_HANDLE, "unknown value token %llu", (unsigned long long)token);
    ValueSlot *s = &run->slots[idx - 1];
    if (!s->in_use || s->generation != gen)
        return fail(run, CORRAL_E_HANDLE, "stale or foreign value token %llu", (unsigned long long)token);
    *out = AS_LIST(run->table)->items[idx - 1];
    return CORRAL_OK;
}

void corral_value_free(corral_run *run, uint64_t value)
{
    if (!run_ok(run) || !value)
        return;
    Value v = VAL_NULL;
    if (token_get(run, value, &v) != CORRAL_OK)
        return;
    size_t i = (size_t)(value & 0xffffffffu) - 1;
    run->slots[i].in_use = 0;
    AS_LIST(run->table)->items[i] = VAL_NONE;
    if (i < run->free_hint)
        run->free_hint = i;
}

/* --------------------------------------------------------------- stepping */

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int map_status(corral_run *run, VmStatus st, Value result)
{
    Vm *vm = run->vm;
    switch (st) {
    case VM_RETURN:
        set_root(run, ROOT_RESULT, result);
        return CORRAL_COMPLETE;
    case VM_PAUSE:
        if (vm->pause_kind == PAUSE_CALL) {
            run->answered = 0;
            return CORRAL_PAUSED_CALL;
        }
        return vm->pause_kind == PAUSE_FUTURES ? CORRAL_PAUSED_FUTURES : CORRAL_PAUSED_PRINT;
    case VM_LIMIT:
        return CORRAL_LIMIT;
    case VM_ERROR:
    default:
        if (vm->limit_kind != LIMIT_NONE)
            return CORRAL_LIMIT;
        set_root(run, ROOT_ERROR, vm->exc);
        return CORRAL_ERROR;
    }
}

int corral_run_step(corral_run *run, int *outcome)
{
    CHECK_RUN(run);
    CHECK_OUT(run, outcome);
    Vm *vm = run->vm;
    Value result = VAL_NULL;
    VmStatus st;
    uint64_t start = now_ns();
    vm->start_time_ns = start - run->time_used_ns;
    switch (run->state) {
    case STATE_NEW:
        st = vm_run_module(vm, run->program->code, &result);
        break;
    case CORRAL_PAUSED_CALL:
        if (!run->answered)
            return fail(run, CORRAL_E_STATE, "the pending host call has not been answered");
        if (run->answer_kind == ANSWER_EXCEPTION) {
            /* raised at the call site: chained to the exception being handled there */
            vm_raise_value(vm, AS_LIST(run->roots)->items[ROOT_ANSWER]);
            st = vm_resume(vm, VAL_NULL, true, &result);
        } else {
            st = vm_resume(vm, AS_LIST(run->roots)->items[ROOT_ANSWER], false, &result);
        }
        set_root(run, ROOT_ANSWER, VAL_NONE);
        break;
    case CORRAL_PAUSED_FUTURES:
    case CORRAL_PAUSED_PRINT:
        st = vm_resume(vm, VAL_NULL, false, &result);
        break;
    default:
        return fail(run, CORRAL_E_STATE, "the run has ended");
    }
    run->time_used_ns = now_ns() - vm->start_time_ns;
    run->state = map_status(run, st, result);
    *outcome = run->state;
    return CORRAL_OK;
}

int corral_run_state(corral_run *run, int *state)
{
    CHECK_RUN(run);
    CHECK_OUT(run, state);
    *state = run->state;
    return CORRAL_OK;
}

int corral_run_set_input(corral_run *run, const char *name, size_t name_len, uint64_t value)
{
    CHECK_RUN(run);
    if (run->state != STATE_NEW)
        return fail(run, CORRAL_E_STATE, "inputs can only be set before the first step");
    if (!name)
        return fail(run, CORRAL_E_ARGUMENT, "name is NULL");
    Value v = VAL_NULL;
    int st = token_get(run, value, &v);
    if (st)
        return st;
    const char *n = run->program->inputs;
    for (size_t i = 0; i < run->program->n_inputs; i++) {
        size_t len = strlen(n);
        if (len == name_len && memcmp(n, name, len) == 0) {
            Value key = vm_intern(run->vm, n, len);
            if (!key || dict_set(run->vm, run->vm->main_globals, key, v) < 0) {
                vm_exc_clear(run->vm);
                return fail(run, CORRAL_E_MEMORY, "out of memory");
            }
            return CORRAL_OK;
        }
        n += len + 1;
    }
    return fail(run, CORRAL_E_NOT_FOUND, "'%.*s' is not a declared input", (int)(name_len > 200 ? 200 : name_len), name);
}

int corral_run_result(corral_run *run, uint64_t *value_out)
{
    CHECK_RUN(run);
    CHECK_OUT(run, value_out);
    if (run->state != CORRAL_COMPLETE)
        return fail(run, CORRAL_E_STATE, "the run has not completed");
    return token_new(run, AS_LIST(run->roots)->items[ROOT_RESULT], value_out);
}

static int need_call(corral_run *run)
{
    if (run->state != CORRAL_PAUSED_CALL)
        return fail(run, CORRAL_E_STATE, "no host call is pending");
    return CORRAL_OK;
}

int corral_run_call_name(corral_run *run, const char **name_out, size_t *len_out)
{
    CHECK_RUN(run);
    CHECK_OUT(run, name_out);
    CHECK_OUT(run, len_out);
    int st = need_call(run);
    if (st)
        return st;
    *name_out = STR_DATA(run->vm->pending_name);
    *len_out = STR_LEN(run->vm->pending_name);
    return CORRAL_OK;
}

int corral_run_call_args(corral_run *run, uint64_t *args_tuple_out, uint64_t *kwargs_dict_out)
{
    CHECK_RUN(run);
    CHECK_OUT(run, args_tuple_out);
    CHECK_OUT(run, kwargs_dict_out);
    int st = need_call(run);
    if (st)
        return st;
    uint64_t a, k;
    if ((st = token_new(run, run->vm->pending_args, &a)))
        return st;
    if ((st = token_new(run, run->vm->pending_kwargs, &k))) {
        corral_value_free(run, a);
        return st;
    }
    *args_tuple_out = a;
    *kwargs_dict_out = k;
    return CORRAL_OK;
}

int corral_run_call_id(corral_run *run, uint64_t *call_id_out)
{
    CHECK_RUN(run);
    CHECK_OUT(run, call_id_out);
    int st = need_call(run);
    if (st)
        return st;
    *call_id_out = run->vm->pending_call_id;
    return CORRAL_OK;
}

int corral_run_resume_value(corral_run *run, uint64_t value)
{
    CHECK_RUN(run);
    int st = need_call(run);
    if (st)
        return st;
    if (run->answered)
        return fail(run, CORRAL_E_STATE, "the pending host call was already answered");
    Value v = VAL_NULL;
    if ((st = token_get(run, value, &v)))
        return st;
    set_root(run, ROOT_ANSWER, v);
    run->answer_kind = ANSWER_VALUE;
    run->answered = 1;
    return CORRAL_OK;
}

/* An exception instance of the builtin class named type_name (RuntimeError
 * for anything else) with 'message'. */
static int make_exception(corral_run *run, const char *type_name, size_t type_len, const char *message,
                          size_t message_len, Value *out)
{
    Vm *vm = run->vm;
    if ((!type_name && type_len) || (!message && message_len))
        return fail(run, CORRAL_E_ARGUMENT, "NULL string with a length");
    if (message && !utf8_valid(message, message_len))
        return fail(run, CORRAL_E_ARGUMENT, "message is not valid UTF-8");
    const TypeObj *t = &t_RuntimeError;
    if (type_name && type_len && type_len < 64) {
        char buf[64];
        memcpy(buf, type_name, type_len);
        buf[type_len] = 0;
        Value cls = dict_get_cstr(vm, vm->builtins, buf);
        if (cls && is_exception_type(cls))
            t = (const TypeObj *)AS_OBJ(cls);
    }
    Value msg = str_new(vm, message ? message : "", message_len);
    Value exc = msg ? type_call_impl(vm, OBJ_VAL(t), &msg, 1, VAL_NULL) : VAL_NULL;
    if (!exc) {
        vm_exc_clear(vm);
        return fail(run, CORRAL_E_MEMORY, "out of memory");
    }
    *out = exc;
    return CORRAL_OK;
}

int corral_run_resume_exception(corral_run *run, const char *type_name, size_t type_len, const char *message,
                                size_t message_len)
{
    CHECK_RUN(run);
    int st = need_call(run);
    if (st)
        return st;
    if (run->answered)
        return fail(run, CORRAL_E_STATE, "the pending host call was already answered");
    Value exc = VAL_NULL;
    if ((st = make_exception(run, type_name, type_len, message, message_len, &exc)))
        return st;
    set_root(run, ROOT_ANSWER, exc);
    run->answer_kind = ANSWER_EXCEPTION;
    run->answered = 1;
    return CORRAL_OK;
}

int corral_run_resume_pending(corral_run *run)
{
    CHECK_RUN(run);
    int st = need_call(run);
    if (st)
        return st;
    if (run->answered)
        return fail(run, CORRAL_E_STATE, "the pending host call was already answered");
    Value fut = future_new(run->vm, run->vm->pending_call_id);
    if (!fut) {
        vm_exc_clear(run->vm);
        return fail(run, CORRAL_E_MEMORY, "out of memory");
    }
    set_root(run, ROOT_ANSWER, fut);
    run->answer_kind = ANSWER_VALUE;
    run->answered = 1;
    return CORRAL_OK;
}

int corral_run_futures(corral_run *run, uint64_t *ids_list_out)
{
    CHECK_RUN(run);
    CHECK_OUT(run, ids_list_out);
    if (run->state != CORRAL_PAUSED_FUTURES)
        return fail(run, CORRAL_E_STATE, "the run is not waiting for futures");
    return token_new(run, run->vm->waiting ? run->vm->waiting : VAL_NONE, ids_list_out);
}

static int find_pending_future(corral_run *run, uint64_t call_id, FutureObj **out)
{
    Vm *vm = run->vm;
    Value key = int_from_u64(vm, call_id);
    Value f = key && vm->futures ? dict_get(vm, vm->futures, key) : VAL_NULL;
    vm_exc_clear(vm);
    if (!f || ((FutureObj *)AS_OBJ(f))->state != FUTURE_PENDING)
        return fail(run, CORRAL_E_NOT_FOUND, "no pending future with call id %llu", (unsigned long long)call_id);
    *out = (FutureObj *)AS_OBJ(f);
    return CORRAL_OK;
}

int corral_run_resolve_value(corral_run *run, uint64_t call_id, uint64_t value)
{
    CHECK_RUN(run);
    if (run->state >= CORRAL_COMPLETE && run->state != CORRAL_PAUSED_CALL && run->state != CORRAL_PAUSED_FUTURES &&
        run->state != CORRAL_PAUSED_PRINT)
        return fail(run, CORRAL_E_STATE, "the run has ended");
    FutureObj *fu = NULL;
    Value v = VAL_NULL;
    int st = token_get(run, value, &v);
    if (st || (st = find_pending_future(run, call_id, &fu)))
        return st;
    fu->value = v;
    fu->state = FUTURE_DONE;
    return CORRAL_OK;
}

int corral_run_resolve_exception(corral_run *run, uint64_t call_id, const char *type_name, size_t type_len,
                                 const char *message, size_t message_len)
{
    CHECK_RUN(run);
    if (run->state == CORRAL_COMPLETE || run->state == CORRAL_ERROR || run->state == CORRAL_LIMIT)
        return fail(run, CORRAL_E_STATE, "the run has ended");
    FutureObj *fu = NULL;
    Value exc = VAL_NULL;
    int st = find_pending_future(run, call_id, &fu);
    if (st || (st = make_exception(run, type_name, type_len, message, message_len, &exc)))
        return st;
    fu->value = exc;
    fu->state = FUTURE_FAILED;
    return CORRAL_OK;
}

int corral_run_output(corral_run *run, const char **data_out, size_t *len_out)
{
    CHECK_RUN(run);
    CHECK_OUT(run, data_out);
    CHECK_OUT(run, len_out);
    *data_out = run->vm->out ? run->vm->out : "";
    *len_out = run->vm->out_len;
    return CORRAL_OK;
}

int corral_run_output_clear(corral_run *run)
{
    CHECK_RUN(run);
    run->vm->out_len = 0;
    return CORRAL_OK;
}

static int need_error(corral_run *run, ExcObj **out)
{
    if (run->state != CORRAL_ERROR)
        return fail(run, CORRAL_E_STATE, "the run did not end with an error");
    *out = (ExcObj *)AS_OBJ(AS_LIST(run->roots)->items[ROOT_ERROR]);
    return CORRAL_OK;
}

/* Keep a str alive as the scratch root and hand out its bytes. */
static int hand_out_str(corral_run *run, Value s, const char **out, size_t *len)
{
    if (!s) {
        vm_exc_clear(run->vm);
        return fail(run, CORRAL_E_MEMORY, "out of memory");
    }
    set_root(run, ROOT_SCRATCH, s);
    *out = STR_DATA(s);
    *len = STR_LEN(s);
    return CORRAL_OK;
}

int corral_run_error_type(corral_run *run, const char **type_out, size_t *len_out)
{
    CHECK_RUN(run);
    CHECK_OUT(run, type_out);
    CHECK_OUT(run, len_out);
    ExcObj *e = NULL;
    int st = need_error(run, &e);
    if (st)
        return st;
    const char *tn = type_name_of(OBJ_VAL(e));
    *type_out = tn;
    *len_out = strlen(tn);
    return CORRAL_OK;
}

int corral_run_error_message(corral_run *run, const char **message_out, size_t *len_out)
{
    CHECK_RUN(run);
    CHECK_OUT(run, message_out);
    CHECK_OUT(run, len_out);
    ExcObj *e = NULL;
    int st = need_error(run, &e);
    if (st)
        return st;
    return hand_out_str(run, obj_str(run->vm, OBJ_VAL(e)), message_out, len_out);
}

int corral_run_error_traceback(corral_run *run, const char **text_out, size_t *len_out)
{
    CHECK_RUN(run);
    CHECK_OUT(run, text_out);
    CHECK_OUT(run, len_out);
    ExcObj *e = NULL;
    int st = need_error(run, &e);
    if (st)
        return st;
    return hand_out_str(run, vm_format_exception(run->vm, OBJ_VAL(e)), text_out, len_out);
}

int corral_run_error_line(corral_run *run, int *line_out)
{
    CHECK_RUN(run);
    CHECK_OUT(run, line_out);
    ExcObj *e = NULL;
    int st = need_error(run, &e);
    if (st)
        return st;
    *line_out = 0;
    if (e->traceback && IS_LIST(e->traceback) && AS_LIST(e->traceback)->len) {
        Value ent = AS_LIST(e->traceback)->items[0];
        *line_out = (int)SMALLINT_VALUE(TUPLE_ITEMS(ent)[1]);
    }
    return CORRAL_OK;
}

int corral_run_limit_kind(corral_run *run, int *kind_out)
{
    CHECK_RUN(run);
    CHECK_OUT(run, kind_out);
    if (run->state != CORRAL_LIMIT)
        return fail(run, CORRAL_E_STATE, "the run was not stopped by a limit");
    switch (run->vm->limit_kind) {
    case LIMIT_MEMORY: *kind_out = CORRAL_LIMIT_MEMORY; break;
    case LIMIT_ALLOCATIONS: *kind_out = CORRAL_LIMIT_ALLOCATIONS; break;
    case LIMIT_TIME: *kind_out = CORRAL_LIMIT_TIME; break;
    case LIMIT_FUEL: *kind_out = CORRAL_LIMIT_FUEL; break;
    case LIMIT_RECURSION: *kind_out = CORRAL_LIMIT_RECURSION; break;
    case LIMIT_INTERRUPT: *kind_out = CORRAL_LIMIT_INTERRUPT; break;
    default: *kind_out = CORRAL_LIMIT_MEMORY; break;
    }
    return CORRAL_OK;
}

int corral_run_interrupt(corral_run *run)
{
    if (!run_ok(run))
        return CORRAL_E_HANDLE;
    __atomic_store_n(&run->vm->interrupt_requested, 1, __ATOMIC_RELEASE);
    return CORRAL_OK;
}

int corral_run_memory(corral_run *run, uint64_t *bytes_out)
{
    CHECK_RUN(run);
    CHECK_OUT(run, bytes_out);
    *bytes_out = run->vm->bytes_in_use;
    return CORRAL_OK;
}

/* ---------------------------------------------------------------- values */

static int value_result(corral_run *run, Value v, uint64_t *out)
{
    if (!v) {
        bool mem = vm_exc_matches(run->vm, &t_MemoryError);
        vm_exc_clear(run->vm);
        run->vm->limit_kind = LIMIT_NONE;
        return fail(run, mem ? CORRAL_E_MEMORY : CORRAL_E_ARGUMENT, mem ? "out of memory" : "invalid value");
    }
    return token_new(run, v, out);
}

#define VALUE_CTOR_PROLOGUE(run, out) do { CHECK_RUN(run); CHECK_OUT(run, out); } while (0)

int corral_value_none(corral_run *run, uint64_t *out)
{
    VALUE_CTOR_PROLOGUE(run, out);
    return token_new(run, VAL_NONE, out);
}

int corral_value_bool(corral_run *run, uint64_t *out, int b)
{
    VALUE_CTOR_PROLOGUE(run, out);
    return token_new(run, VAL_BOOL(b), out);
}

int corral_value_int(corral_run *run, uint64_t *out, int64_t i)
{
    VALUE_CTOR_PROLOGUE(run, out);
    return value_result(run, int_from_i64(run->vm, i), out);
}

int corral_value_int_text(corral_run *run, uint64_t *out, const char *text, size_t len)
{
    VALUE_CTOR_PROLOGUE(run, out);
    if (!text)
        return fail(run, CORRAL_E_ARGUMENT, "text is NULL");
    for (size_t i = 0; i < len; i++)
        if (!((text[i] >= '0' && text[i] <= '9') || (i == 0 && (text[i] == '-' || text[i] == '+'))))
            return fail(run, CORRAL_E_ARGUMENT, "not a decimal integer");
    Value v = int_from_string(run->vm, text, len, 10);
    return value_result(run, v, out);
}

int corral_value_float(corral_run *run, uint64_t *out, double d)
{
    VALUE_CTOR_PROLOGUE(run, out);
    return value_result(run, float_new(run->vm, d), out);
}

int corral_value_str(corral_run *run, uint64_t *out, const char *s, size_t len)
{
    VALUE_CTOR_PROLOGUE(run, out);
    if (!s && len)
        return fail(run, CORRAL_E_ARGUMENT, "NULL string with a length");
    if (s && !utf8_valid(s, len))
        return fail(run, CORRAL_E_ARGUMENT, "string is not valid UTF-8");
    return value_result(run, str_new(run->vm, s ? s : "", len), out);
}

int corral_value_bytes(corral_run *run, uint64_t *out, const uint8_t *data, size_t len)
{
    VALUE_CTOR_PROLOGUE(run, out);
    if (!data && len)
        return fail(run, CORRAL_E_ARGUMENT, "NULL data with a length");
    return value_result(run, bytes_new(run->vm, data ? data : (const uint8_t *)"", len), out);
}

int corral_value_list(corral_run *run, uint64_t *out)
{
    VALUE_CTOR_PROLOGUE(run, out);
    return value_result(run, list_new(run->vm, 0), out);
}

int corral_value_tuple(corral_run *run, uint64_t *out)
{
    VALUE_CTOR_PROLOGUE(run, out);
    return value_result(run, tuple_new(run->vm, 0), out);
}

int corral_value_dict(corral_run *run, uint64_t *out)
{
    VALUE_CTOR_PROLOGUE(run, out);
    return value_result(run, dict_new(run->vm), out);
}

int corral_value_set(corral_run *run, uint64_t *out)
{
    VALUE_CTOR_PROLOGUE(run, out);
    return value_result(run, set_new(run->vm, &t_set), out);
}

int corral_value_frozenset(corral_run *run, uint64_t *out)
{
    VALUE_CTOR_PROLOGUE(run, out);
    return value_result(run, set_new(run->vm, &t_frozenset), out);
}

static int vm_failure(corral_run *run)
{
    Vm *vm = run->vm;
    bool mem = vm_exc_matches(vm, &t_MemoryError);
    Value s = mem ? VAL_NULL : obj_str(vm, vm->exc);
    int st = fail(run, mem ? CORRAL_E_MEMORY : CORRAL_E_TYPE, "%s%s%s", vm->exc ? type_name_of(vm->exc) : "error",
                  s ? ": " : "", s ? STR_DATA(s) : "");
    vm_exc_clear(vm);
    vm->limit_kind = LIMIT_NONE;
    return st;
}

int corral_value_append(corral_run *run, uint64_t container, uint64_t item)
{
    CHECK_RUN(run);
    Value c = VAL_NULL, v = VAL_NULL;
    int st = token_get(run, container, &c);
    if (st || (st = token_get(run, item, &v)))
        return st;
    Vm *vm = run->vm;
    if (IS_LIST(c)) {
        return list_append(vm, c, v) < 0 ? vm_failure(run) : CORRAL_OK;
    }
    if (IS_SET(c)) {
        return set_add(vm, c, v) < 0 ? vm_failure(run) : CORRAL_OK;
    }
    if (IS_TUPLE(c)) {
        /* tuples grow by replacement: the token now names the longer tuple */
        size_t n = TUPLE_LEN(c);
        Value t = tuple_new(vm, n + 1);
        if (!t)
            return vm_failure(run);
        memcpy(TUPLE_ITEMS(t), TUPLE_ITEMS(c), n * sizeof(Value));
        TUPLE_ITEMS(t)[n] = v;
        AS_LIST(run->table)->items[(container & 0xffffffffu) - 1] = t;
        return CORRAL_OK;
    }
    return fail(run, CORRAL_E_TYPE, "append needs a list, tuple, set or frozenset, not %s", type_name_of(c));
}

int corral_value_dict_set(corral_run *run, uint64_t dict, uint64_t key, uint64_t value)
{
    CHECK_RUN(run);
    Value d = VAL_NULL, k = VAL_NULL, v = VAL_NULL;
    int st = token_get(run, dict, &d);
    if (st || (st = token_get(run, key, &k)) || (st = token_get(run, value, &v)))
        return st;
    if (!IS_DICT(d))
        return fail(run, CORRAL_E_TYPE, "dict_set needs a dict, not %s", type_name_of(d));
    return dict_set(run->vm, d, k, v) < 0 ? vm_failure(run) : CORRAL_OK;
}

static int kind_of(Value v)
{
    if (v == VAL_NONE) return CORRAL_NONE;
    if (IS_BOOL(v)) return CORRAL_BOOL;
    if (IS_SMALLINT(v) || IS_TYPE(v, &t_int)) return CORRAL_INT;
    if (IS_FLOAT(v)) return CORRAL_FLOAT;
    if (IS_STR(v)) return CORRAL_STR;
    if (IS_BYTES(v)) return CORRAL_BYTES;
    if (IS_LIST(v)) return CORRAL_LIST;
    if (IS_TUPLE(v)) return CORRAL_TUPLE;
    if (IS_DICT(v)) return CORRAL_DICT;
    if (IS_TYPE(v, &t_set)) return CORRAL_SET;
    if (IS_TYPE(v, &t_frozenset)) return CORRAL_FROZENSET;
    return CORRAL_OTHER;
}

#define GET_VALUE(run, token, v) do { CHECK_RUN(run); int st_ = token_get(run, token, &(v)); if (st_) return st_; } while (0)

int corral_value_kind(corral_run *run, uint64_t value, int *kind_out)
{
    Value v = VAL_NULL;
    GET_VALUE(run, value, v);
    CHECK_OUT(run, kind_out);
    *kind_out = kind_of(v);
    return CORRAL_OK;
}

static int wrong_kind(corral_run *run, Value v, const char *want)
{
    return fail(run, CORRAL_E_TYPE, "value is %s, not %s", type_name_of(v), want);
}

int corral_value_get_bool(corral_run *run, uint64_t value, int *out)
{
    Value v = VAL_NULL;
    GET_VALUE(run, value, v);
    CHECK_OUT(run, out);
    if (!IS_BOOL(v))
        return wrong_kind(run, v, "bool");
    *out = v == VAL_TRUE;
    return CORRAL_OK;
}

int corral_value_get_int(corral_run *run, uint64_t value, int64_t *out)
{
    Value v = VAL_NULL;
    GET_VALUE(run, value, v);
    CHECK_OUT(run, out);
    if (kind_of(v) != CORRAL_INT)
        return wrong_kind(run, v, "int");
    if (!int_to_i64(v, out))
        return fail(run, CORRAL_E_RANGE, "int does not fit in 64 bits");
    return CORRAL_OK;
}

int corral_value_get_int_text(corral_run *run, uint64_t value, const char **text_out, size_t *len_out)
{
    Value v = VAL_NULL;
    GET_VALUE(run, value, v);
    CHECK_OUT(run, text_out);
    CHECK_OUT(run, len_out);
    if (kind_of(v) != CORRAL_INT)
        return wrong_kind(run, v, "int");
    /* int_to_string keeps CPython's 4300-digit limit: beyond it CORRAL_E_RANGE */
    Value s = int_to_string(run->vm, v, 10);
    if (!s && vm_exc_matches(run->vm, &t_ValueError)) {
        vm_exc_clear(run->vm);
        return fail(run, CORRAL_E_RANGE, "int too large for decimal text");
    }
    return hand_out_str(run, s, text_out, len_out);
}

int corral_value_get_float(corral_run *run, uint64_t value, double *out)
{
    Value v = VAL_NULL;
    GET_VALUE(run, value, v);
    CHECK_OUT(run, out);
    if (!IS_FLOAT(v))
        return wrong_kind(run, v, "float");
    *out = FLOAT_VALUE(v);
    return CORRAL_OK;
}

int corral_value_get_str(corral_run *run, uint64_t value, const char **s_out, size_t *len_out)
{
    Value v = VAL_NULL;
    GET_VALUE(run, value, v);
    CHECK_OUT(run, s_out);
    CHECK_OUT(run, len_out);
    if (!IS_STR(v))
        return wrong_kind(run, v, "str");
    *s_out = STR_DATA(v);
    *len_out = STR_LEN(v);
    return CORRAL_OK;
}

int corral_value_get_bytes(corral_run *run, uint64_t value, const uint8_t **data_out, size_t *len_out)
{
    Value v = VAL_NULL;
    GET_VALUE(run, value, v);
    CHECK_OUT(run, data_out);
    CHECK_OUT(run, len_out);
    if (!IS_BYTES(v))
        return wrong_kind(run, v, "bytes");
    *data_out = AS_BYTES(v)->data;
    *len_out = AS_BYTES(v)->len;
    return CORRAL_OK;
}

int corral_value_len(corral_run *run, uint64_t value, size_t *len_out)
{
    Value v = VAL_NULL;
    GET_VALUE(run, value, v);
    CHECK_OUT(run, len_out);
    switch (kind_of(v)) {
    case CORRAL_LIST: *len_out = AS_LIST(v)->len; return CORRAL_OK;
    case CORRAL_TUPLE: *len_out = TUPLE_LEN(v); return CORRAL_OK;
    case CORRAL_DICT: *len_out = dict_len(v); return CORRAL_OK;
    case CORRAL_SET: case CORRAL_FROZENSET: *len_out = ((SetObj *)AS_OBJ(v))->table.used; return CORRAL_OK;
    default: return wrong_kind(run, v, "a container");
    }
}

int corral_value_item(corral_run *run, uint64_t value, size_t index, uint64_t *item_out)
{
    Value v = VAL_NULL;
    GET_VALUE(run, value, v);
    CHECK_OUT(run, item_out);
    switch (kind_of(v)) {
    case CORRAL_LIST:
        if (index >= AS_LIST(v)->len)
            return fail(run, CORRAL_E_RANGE, "index out of range");
        return token_new(run, AS_LIST(v)->items[index], item_out);
    case CORRAL_TUPLE:
        if (index >= TUPLE_LEN(v))
            return fail(run, CORRAL_E_RANGE, "index out of range");
        return token_new(run, TUPLE_ITEMS(v)[index], item_out);
    case CORRAL_SET: case CORRAL_FROZENSET: {
        HashTable *ht = &((SetObj *)AS_OBJ(v))->table;
        size_t seen = 0;
        for (size_t i = 0; i < ht->nentries; i++) {
            if (!ht->entries[i].key)
                continue;
            if (seen++ == index)
                return token_new(run, ht->entries[i].key, item_out);
        }
        return fail(run, CORRAL_E_RANGE, "index out of range");
    }
    default:
        return wrong_kind(run, v, "a list, tuple or set");
    }
}

int corral_value_dict_item(corral_run *run, uint64_t dict, size_t index, uint64_t *key_out, uint64_t *value_out)
{
    Value d = VAL_NULL;
    GET_VALUE(run, dict, d);
    CHECK_OUT(run, key_out);
    CHECK_OUT(run, value_out);
    if (!IS_DICT(d))
        return wrong_kind(run, d, "dict");
    size_t pos = 0, seen = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        if (seen++ == index) {
            uint64_t kt;
            int st = token_new(run, k, &kt);
            if (st)
                return st;
            if ((st = token_new(run, v, value_out))) {
                corral_value_free(run, kt);
                return st;
            }
            *key_out = kt;
            return CORRAL_OK;
        }
    }
    return fail(run, CORRAL_E_RANGE, "index out of range");
}

int corral_value_repr(corral_run *run, uint64_t value, const char **text_out, size_t *len_out)
{
    Value v = VAL_NULL;
    GET_VALUE(run, value, v);
    CHECK_OUT(run, text_out);
    CHECK_OUT(run, len_out);
    Value r = obj_repr(run->vm, v);
    if (!r)
        return vm_failure(run);
    return hand_out_str(run, r, text_out, len_out);
}

/* -------------------------------------------------------------- snapshots */

/* "a\0b\0" (n names) -> "a b" */
static char *names_text(const char *names, size_t n, size_t *len)
{
    size_t total = 0;
    const char *p = names;
    for (size_t i = 0; i < n; i++) {
        total += strlen(p) + 1;
        p += strlen(p) + 1;
    }
    char *out = malloc(total + 1);
    if (!out)
        return NULL;
    size_t w = 0;
    p = names;
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(p);
        memcpy(out + w, p, l);
        w += l;
        out[w++] = ' ';
        p += l + 1;
    }
    if (w)
        w--;
    out[w] = 0;
    *len = w;
    return out;
}

int corral_run_dump(corral_run *run, uint8_t **bytes_out, size_t *len_out)
{
    CHECK_RUN(run);
    CHECK_OUT(run, bytes_out);
    CHECK_OUT(run, len_out);
    if (run->state != STATE_NEW && run->state != CORRAL_PAUSED_FUTURES && run->state != CORRAL_LIMIT &&
        !(run->state == CORRAL_PAUSED_CALL && !run->answered))
        return fail(run, CORRAL_E_STATE, "a run can be dumped before its first step, while it waits for the host "
                                         "(an unanswered call or futures), or after a limit stopped it");
    corral_program *p = run->program;
    CodeObj *code = p->code;
    if (!code->source || !IS_STR(code->source))
        return fail(run, CORRAL_E_STATE, "the program's source is not available");
    SnapshotInfo info;
    memset(&info, 0, sizeof info);
    info.source = STR_DATA(code->source);
    info.source_len = STR_LEN(code->source);
    info.script_name = STR_DATA(code->filename);
    char *inputs = names_text(p->inputs ? p->inputs : "", p->n_inputs, &info.inputs_len);
    char *externals = names_text(p->externals ? p->externals : "", p->n_externals, &info.externals_len);
    if (!inputs || !externals) {
        free(inputs);
        free(externals);
        return fail(run, CORRAL_E_MEMORY, "out of memory");
    }
    info.inputs = inputs;
    info.externals = externals;
    info.state = run->state;
    info.abi_version = CORRAL_ABI_VERSION;
    info.time_used_ns = run->time_used_ns;
    char err[512];
    uint8_t *bytes = NULL;
    size_t len = 0;
    /* the dump's own bookkeeping must not be refused by a limit the run already hit */
    size_t saved_memory = run->vm->opt.max_memory;
    uint64_t saved_allocations = run->vm->opt.max_allocations;
    run->vm->opt.max_memory = 0;
    run->vm->opt.max_allocations = 0;
    int r = snapshot_dump(run->vm, &info, code, &bytes, &len, err, sizeof err);
    run->vm->opt.max_memory = saved_memory;
    run->vm->opt.max_allocations = saved_allocations;
    free(inputs);
    free(externals);
    if (r < 0)
        return fail(run, strstr(err, "memory") ? CORRAL_E_MEMORY : CORRAL_E_STATE, "%s", err);
    *bytes_out = bytes;
    *len_out = len;
    return CORRAL_OK;
}

int corral_run_load(corral_run **out, const uint8_t *bytes, size_t len, const corral_limits *limits,
                    corral_error **error_out)
{
    if (error_out)
        *error_out = NULL;
    if (!out || (!bytes && len))
        return CORRAL_E_ARGUMENT;
    int st = check_limits(limits);
    if (st)
        return st;
    SnapshotInfo info;
    char err[512];
    int r = snapshot_read_info(bytes, len, &info, err, sizeof err);
    if (r < 0) {
        set_error_out(error_out, "ValueError", err);
        return r == SNAP_E_VERSION ? CORRAL_E_VERSION : CORRAL_E_SNAPSHOT;
    }
    if (info.state != STATE_NEW && info.state != CORRAL_PAUSED_CALL && info.state != CORRAL_PAUSED_FUTURES &&
        info.state != CORRAL_LIMIT) {
        set_error_out(error_out, "ValueError", "snapshot of a run in a state that cannot be resumed");
        return CORRAL_E_SNAPSHOT;
    }
    corral_program *prog = NULL;
    corral_error *cerr = NULL;
    st = corral_program_compile(&prog, info.source, info.source_len, info.script_name, strlen(info.script_name),
                                info.inputs, info.inputs_len, info.externals, info.externals_len, &cerr);
    corral_error_free(cerr);
    if (st != CORRAL_OK) {
        set_error_out(error_out, "ValueError", "the snapshot's program does not compile");
        return st == CORRAL_E_MEMORY ? CORRAL_E_MEMORY : CORRAL_E_SNAPSHOT;
    }
    corral_run *run = NULL;
    st = corral_run_new(&run, prog, limits);
    corral_program_free(prog);
    if (st != CORRAL_OK)
        return st;
    SnapshotState state;
    memset(&state, 0, sizeof state);
    if (snapshot_load(run->vm, bytes, len, &info, run->program->code, &state, err, sizeof err) < 0) {
        corral_run_free(run);
        set_error_out(error_out, "ValueError", err);
        return CORRAL_E_SNAPSHOT;
    }
    run->state = info.state;
    run->answered = 0;
    run->time_used_ns = state.time_used_ns;
    if (info.state == CORRAL_LIMIT) {
        /* a diagnosis snapshot: the run stays stopped, with its limit kind */
        int kind = state.pause_kind;
        run->vm->limit_kind = kind >= LIMIT_MEMORY && kind <= LIMIT_INTERRUPT ? (LimitKind)kind : LIMIT_MEMORY;
        run->vm->pause_kind = PAUSE_NONE;
    }
    *out = run;
    return CORRAL_OK;
}

void corral_bytes_free(uint8_t *bytes) { free(bytes); }
